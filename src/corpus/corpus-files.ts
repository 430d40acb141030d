/**
 * Fetches and checks the split corpus files (src/lib/corpus-format.ts). Runs in the page and in
 * the search worker. A file that is not what the build writes fails with one clear message.
 */
import { FORMAT_VERSION, shardSpan, shardStartsFor } from '../lib/corpus-format';
import { applyIds, fromMetaRow } from '../lib/corpus-rows';
import { detailsRowProblem, facetSizes, metaRowProblem } from '../lib/corpus-check';
import { isStringList } from '../lib/guards';
import type { DetailShard, MetaFile, PaperDetails, PaperMeta } from '../lib/corpus-format';
import { FACET_GROUPS } from '../lib/types';
import { setTopics } from '../lib/taxonomy';
import type { TopicValue } from '../lib/taxonomy';

export interface MetaCorpus {
  /** URL of the directory holding meta.json, ending in '/'. */
  base: string;
  file: Omit<MetaFile, 'papers'>;
  papers: PaperMeta[];
  bySlug: Map<string, PaperMeta>;
}

export class CorpusFormatError extends Error {}

const bad = (what: string) =>
  new CorpusFormatError(`the corpus files are not in the expected format (${what})`);

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the corpus could not be loaded (HTTP ${res.status})`);
  return res;
}

/** meta.json as the build writes it; exported for tests. */
export function checkMeta(x: unknown): MetaFile {
  const m = x as MetaFile;
  if (typeof m !== 'object' || m === null || m.version !== FORMAT_VERSION)
    throw bad('meta.json version');
  if (!Array.isArray(m.papers) || m.papers.length !== m.count) throw bad('meta.json papers');
  // A fractional or tiny shard size would make shardStartsFor loop for ages.
  if (!Number.isSafeInteger(m.shardSize) || m.shardSize < 1) throw bad('meta.json shard size');
  const starts = shardStartsFor(m.count, m.shardSize);
  if (!isStringList(m.shards) || !Array.isArray(m.shardStarts) || m.shards.length !== starts.length)
    throw bad('meta.json shards');
  if (m.shardStarts.some((s, i) => s !== starts[i])) throw bad('meta.json shard starts');
  // Corpora built before topics have no topic group: no topics.
  if (typeof m.facets === 'object' && m.facets !== null) m.facets.topic ??= [];
  if (
    typeof m.facets !== 'object' ||
    m.facets === null ||
    !FACET_GROUPS.every((g) => isStringList(m.facets[g]))
  )
    throw bad('meta.json facets');
  if (m.topics !== undefined && !topicsMatch(m.topics, m.facets.topic))
    throw bad('meta.json topics');
  if (typeof m.index?.file !== 'string') throw bad('meta.json index');
  const sizes = facetSizes(m.facets);
  for (let i = 0; i < m.papers.length; i++) {
    const problem = metaRowProblem(m.papers[i], sizes);
    if (problem) throw bad(`meta.json row ${i}: ${problem}`);
  }
  return m;
}

function topicsMatch(topics: unknown, ids: readonly string[]): boolean {
  return (
    Array.isArray(topics) &&
    topics.length === ids.length &&
    topics.every(
      (t: unknown, i) =>
        Array.isArray(t) &&
        t[0] === ids[i] &&
        typeof t[1] === 'string' &&
        typeof t[2] === 'number' &&
        isStringList(t[3]),
    )
  );
}

/** The topics of a checked meta.json, as the taxonomy's topic group (labels, phrases). */
export function topicValues(file: Pick<MetaFile, 'topics' | 'facets'>): TopicValue[] {
  const named = new Map(
    (file.topics ?? []).map(([id, name, , phrases]) => [id, { name, phrases }]),
  );
  return file.facets.topic.map((id) => ({
    id,
    name: named.get(id)?.name ?? id,
    phrases: named.get(id)?.phrases ?? [],
  }));
}

/** meta.json under `base` (e.g. "/data/"). */
export async function fetchMeta(base: string): Promise<MetaCorpus> {
  return metaCorpus((await (await fetchOk(`${base}meta.json`)).json()) as unknown, base);
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

/** A details shard holding papers [from, from + count); exported for tests. */
export function checkShard(x: unknown, from: number, count: number): DetailShard {
  const s = x as DetailShard;
  if (typeof s !== 'object' || s === null || s.version !== FORMAT_VERSION || s.from !== from)
    throw bad('a details shard');
  if (!Array.isArray(s.papers) || s.papers.length !== count) throw bad('a details shard length');
  for (let i = 0; i < s.papers.length; i++) {
    const problem = detailsRowProblem(s.papers[i]);
    if (problem) throw bad(`details of paper ${from + i}: ${problem}`);
  }
  return s;
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
  const json = (await (await fetchOk(`${meta.base}${name}`)).json()) as unknown;
  return checkShard(json, from, count).papers;
}
