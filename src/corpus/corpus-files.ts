/**
 * Fetches the split corpus files (src/lib/corpus-format.ts) and checks them (corpus-check.ts,
 * corpus-rows.ts). Runs in the page and in the search worker.
 */
import { metaCorpus, type MetaCorpus } from '../lib/corpus-rows';
import { bad, checkShard } from '../lib/corpus-check';
import { shardSpan, type PaperDetails } from '../lib/corpus-format';

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the corpus could not be loaded (HTTP ${res.status})`);
  return res.json();
}

/** meta.json under `base` (e.g. "/data/"). */
export async function fetchMeta(base: string): Promise<MetaCorpus> {
  return metaCorpus(await fetchJson(`${base}meta.json`), base);
}

/** Details of shard `shard`: papers [shardStarts[shard], shardStarts[shard + 1] or count). */
export async function fetchShard(
  meta: Pick<MetaCorpus, 'base' | 'file'>,
  shard: number,
): Promise<PaperDetails[]> {
  const name = meta.file.shards[shard];
  if (name === undefined || !/^[\w./-]+$/.test(name) || name.includes('..'))
    throw bad('a shard name');
  const { from, count } = shardSpan(meta.file, shard);
  return checkShard(await fetchJson(`${meta.base}${name}`), from, count).papers;
}
