/**
 * Row checks for the corpus files (corpus-format.ts): every field the pages read, so a file the
 * build did not write fails with one clear message instead of a render error. They run over up
 * to 100,000 rows in the page, so they use plain loops and return constant strings: no
 * allocation per row. Fields the reader defaults when absent (a missing facet group, flags) may
 * be absent; present ones must have the right type.
 */
import type { ClaimKind, FacetGroup, LinkKind } from './types';
import { FACET_GROUPS } from './types';
import { isRecord, isStringList } from './guards';
import { FORMAT_VERSION, shardStartsFor } from './corpus-format';
import type { DetailShard, MetaFile } from './corpus-format';
import type { TopicValue } from './taxonomy';

/** The years a listing's date can give (dump/authors.ts, statedYear). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2099;

// Compared one by one, not looked up in an object, so "__proto__" or "constructor" is no kind.
const isClaimKind = (k: unknown): k is ClaimKind =>
  k === 'context' || k === 'speedup' || k === 'reduction' || k === 'model-size';
const isLinkKind = (k: unknown): k is LinkKind =>
  k === 'code' || k === 'model' || k === 'project' || k === 'other';

/** Positions into a list of `size` facet values. */
function isPositionList(x: unknown, size: number): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const at: unknown = x[i];
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= size) return false;
  }
  return true;
}

function isClaimList(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const c: unknown = x[i];
    if (!Array.isArray(c) || !isClaimKind(c[0]) || typeof c[1] !== 'number') return false;
    if (typeof c[2] !== 'string' || typeof c[3] !== 'string') return false;
  }
  return true;
}

/** How many values each facet group has, in FACET_GROUPS order (for metaRowProblem). */
function facetSizes(facets: Record<FacetGroup, string[]>): number[] {
  return FACET_GROUPS.map((g) => facets[g].length);
}

/** What is wrong with a meta.json row ('' when nothing is); `sizes` from facetSizes. */
function metaRowProblem(row: unknown, sizes: readonly number[]): string {
  if (!Array.isArray(row)) return 'not a list';
  if (typeof row[0] !== 'string') return 'slug';
  if (typeof row[1] !== 'string') return 'title';
  const name: unknown = row[2];
  // The build writes 0 for "no name"; JSON turns an absent one into null.
  if (name !== 0 && name != null && typeof name !== 'string') return 'name';
  const positions: unknown = row[3];
  if (!Array.isArray(positions)) return 'tags';
  for (let g = 0; g < sizes.length; g++) {
    const list: unknown = positions[g];
    if (list != null && !isPositionList(list, sizes[g]!)) return 'tags';
  }
  if (!isClaimList(row[4])) return 'claims';
  if (row[5] != null && typeof row[5] !== 'number') return 'flags';
  return '';
}

function isLinkList(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const link = x[i] as { url?: unknown; kind?: unknown } | null;
    if (typeof link !== 'object' || link === null) return false;
    if (typeof link.url !== 'string' || !isLinkKind(link.kind)) return false;
  }
  return true;
}

/** Related papers: [dump position, shared words] pairs. */
function isRelatedList(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const r: unknown = x[i];
    if (!Array.isArray(r) || !Number.isInteger(r[0]) || !isStringList(r[1])) return false;
  }
  return true;
}

/** Evidence phrases per facet group: a list per tag of the group. */
function isEvidence(x: unknown): boolean {
  if (!isRecord(x)) return false;
  for (let g = 0; g < FACET_GROUPS.length; g++) {
    const perTag: unknown = x[FACET_GROUPS[g]!];
    if (perTag === undefined) continue;
    if (!Array.isArray(perTag)) return false;
    for (let i = 0; i < perTag.length; i++) if (!isStringList(perTag[i])) return false;
  }
  return true;
}

/** What is wrong with a row of a details shard ('' when nothing is). */
function detailsRowProblem(row: unknown): string {
  if (!isRecord(row)) return 'not an object';
  const d = row;
  if (typeof d.abstract !== 'string') return 'abstract';
  if (!isLinkList(d.links)) return 'links';
  if (!isEvidence(d.evidence)) return 'tag evidence';
  if (!isStringList(d.sentences)) return 'claim sentences';
  if (!isRelatedList(d.related)) return 'related papers';
  if (d.authors !== undefined && !isStringList(d.authors)) return 'authors';
  return '';
}

export class CorpusFormatError extends Error {}

export const bad = (what: string) =>
  new CorpusFormatError(`the corpus files are not in the expected format (${what})`);

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
  if (
    m.years !== undefined &&
    (!Array.isArray(m.years) ||
      m.years.length !== m.count ||
      !m.years.every((y) => y === 0 || (Number.isSafeInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR)))
  )
    throw bad('meta.json years');
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
