/**
 * Fetches and checks the split corpus files (src/lib/corpus-format.ts). Runs in the page and in
 * the search worker. A file that is not what the build writes fails with one clear message.
 */
import { FORMAT_VERSION, shardStartsFor } from '../lib/corpus-format';
import { fromMetaRow } from '../lib/corpus-rows';
import type { DetailShard, MetaFile, PaperDetails, PaperMeta } from '../lib/corpus-format';
import { FACET_GROUPS } from '../lib/types';

export interface MetaCorpus {
  /** URL of the directory holding meta.json, ending in '/'. */
  base: string;
  file: Omit<MetaFile, 'papers'>;
  papers: PaperMeta[];
  bySlug: Map<string, PaperMeta>;
}

export class CorpusFormatError extends Error {}

const bad = (what: string) => new CorpusFormatError(`the corpus files are not in the expected format (${what})`);

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the corpus could not be loaded (HTTP ${res.status})`);
  return res;
}

function checkMeta(x: unknown): MetaFile {
  const m = x as MetaFile;
  if (typeof m !== 'object' || m === null || m.version !== FORMAT_VERSION) throw bad('meta.json version');
  if (!Array.isArray(m.papers) || m.papers.length !== m.count) throw bad('meta.json papers');
  const starts = m.shardSize > 0 ? shardStartsFor(m.count, m.shardSize) : [];
  if (!Array.isArray(m.shards) || !Array.isArray(m.shardStarts) || m.shards.length !== starts.length)
    throw bad('meta.json shards');
  if (m.shardStarts.some((s, i) => s !== starts[i])) throw bad('meta.json shard starts');
  if (!FACET_GROUPS.every((g) => Array.isArray(m.facets?.[g]))) throw bad('meta.json facets');
  if (typeof m.index?.file !== 'string') throw bad('meta.json index');
  for (const row of m.papers) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || !Array.isArray(row[3]) || !Array.isArray(row[4]))
      throw bad('a meta.json row');
  }
  return m;
}

/** meta.json under `base` (e.g. "/data/"). */
export async function fetchMeta(base: string): Promise<MetaCorpus> {
  const json = (await (await fetchOk(`${base}meta.json`)).json()) as unknown;
  const { papers: rows, ...file } = checkMeta(json);
  const papers = rows.map((row, i) => fromMetaRow(row, i, file.facets));
  return { base, file, papers, bySlug: new Map(papers.map((p) => [p.slug, p])) };
}

function checkShard(x: unknown, from: number, count: number): DetailShard {
  const s = x as DetailShard;
  if (typeof s !== 'object' || s === null || s.version !== FORMAT_VERSION || s.from !== from) throw bad('a details shard');
  if (!Array.isArray(s.papers) || s.papers.length !== count) throw bad('a details shard length');
  for (const p of s.papers) {
    if (typeof p?.abstract !== 'string' || !Array.isArray(p.links) || !Array.isArray(p.related) || !Array.isArray(p.sentences))
      throw bad('a details row');
  }
  return s;
}

/** Details of shard `shard`: papers [shardStarts[shard], shardStarts[shard + 1] or count). */
export async function fetchShard(meta: Pick<MetaCorpus, 'base' | 'file'>, shard: number): Promise<PaperDetails[]> {
  const name = meta.file.shards[shard];
  if (name === undefined || !/^[\w./-]+$/.test(name) || name.includes('..')) throw bad('a shard name');
  const from = meta.file.shardStarts[shard] ?? 0;
  const count = (meta.file.shardStarts[shard + 1] ?? meta.file.count) - from;
  const json = (await (await fetchOk(`${meta.base}${name}`)).json()) as unknown;
  return checkShard(json, from, Math.max(0, count)).papers;
}
