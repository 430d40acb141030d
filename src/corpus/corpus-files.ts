/**
 * Fetches the split corpus files (src/lib/corpus-format.ts) and checks them (corpus-check.ts).
 * Runs in the page and in the search worker.
 */
import { applyIds, fromMetaRow } from '../lib/corpus-rows';
import { bad, checkMeta, checkShard, topicValues } from '../lib/corpus-check';
import { shardSpan, type MetaFile, type PaperDetails, type PaperMeta } from '../lib/corpus-format';
import { setTopics } from '../lib/taxonomy';

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the corpus could not be loaded (HTTP ${res.status})`);
  return res.json();
}

export interface MetaCorpus {
  /** URL of the directory holding meta.json, ending in '/'. */
  base: string;
  file: Omit<MetaFile, 'papers'>;
  papers: PaperMeta[];
  bySlug: Map<string, PaperMeta>;
}

/** meta.json under `base` (e.g. "/data/"). */
export async function fetchMeta(base: string): Promise<MetaCorpus> {
  return metaCorpus(await fetchJson(`${base}meta.json`), base);
}

/** The papers of a parsed meta.json, checked; `base` is where its files are served. */
export function metaCorpus(json: unknown, base: string): MetaCorpus {
  const { papers: rows, ids, ...file } = checkMeta(json);
  // The page and the search worker each hold one corpus: its topics are the topic facet's values.
  setTopics(topicValues(file));
  const papers = rows.map((row, i) => fromMetaRow(row, i, file.facets));
  applyIds(papers, ids);
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  // Two papers with one slug would share a page and a reading-list entry.
  if (bySlug.size !== papers.length) throw bad('meta.json slugs are not unique');
  return { base, file, papers, bySlug };
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
