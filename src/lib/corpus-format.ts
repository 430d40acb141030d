/**
 * The corpus as the browser loads it, split so the list can show before everything arrives:
 * - meta.json: per paper what the list, facets, sorting and insights need (slug, title, name,
 *   tag ids, claims without their sentence), as compact rows;
 * - details/d-NNNN.json: shards of consecutive papers with the rest (abstract, links, tag
 *   evidence, claim sentences, related papers), fetched on demand. The first shard holds the
 *   first page of the default list (FIRST_SHARD papers), so the first screen needs little of it;
 *   the others hold `shardSize` papers each;
 * - index.bin.gz: the prebuilt full-text index (search/index-codec.ts), gzip-compressed by the build.
 * Rows are arrays, not objects: at 100k papers the meta file is parsed before the list shows.
 * corpus.json (the whole Corpus, for tools) is written only when CORPUS_JSON=1; the app never reads it.
 */
import type { ClaimKind, Paper, PaperLink, FacetGroup } from './types';

export const FORMAT_VERSION = 2;

/**
 * A paper as the list sees it (meta.json): a Paper without abstract, links, authors and related
 * papers. Its tags carry no evidence and its claims no sentence (both empty) until joined with
 * details.
 */
export type PaperMeta = Omit<Paper, 'abstract' | 'links' | 'related' | 'authors'>;

/** What a paper's page adds to its meta (a row of a details shard). */
export interface PaperDetails {
  abstract: string;
  links: PaperLink[];
  /** Evidence phrases per tag, parallel to PaperMeta.facets. */
  evidence: Record<FacetGroup, string[][]>;
  /** The sentence of each claim, parallel to PaperMeta.claims. */
  sentences: string[];
  /** Related papers by dump position, with the shared words. */
  related: [index: number, shared: string[]][];
  /** Authors in listed order; absent when the listing names none (and in older files). */
  authors?: string[];
}

export interface MetaFile {
  version: typeof FORMAT_VERSION;
  builtAt: string;
  source: string;
  count: number;
  /** Facet value ids per group; meta rows refer to them by position. */
  facets: Record<FacetGroup, string[]>;
  shardSize: number;
  /** Shard file names (relative to meta.json). */
  shards: string[];
  /** First paper of each shard: shard i holds papers [shardStarts[i], shardStarts[i + 1] or count). */
  shardStarts: number[];
  index: { file: string; bytes: number };
  /**
   * The discovered topics in facet order (largest first), the same ids as `facets.topic`: name,
   * paper count and the first TOPIC_PHRASES_IN_META defining phrases. Other views (insights, a
   * map) read it; a paper's topic positions (row[3][3]) list its main topic first.
   */
  topics?: MetaTopic[];
  papers: MetaRow[];
  /**
   * The arXiv id and DOI of the papers whose abstract names one, by dump position (sparse: most
   * dumps name none). Outside the rows, so rows keep their shape; absent in older files.
   */
  ids?: Record<string, PaperIdsRow>;
  /**
   * Each paper's year by dump position, 0 where unknown; absent when no paper has one (listings
   * of titles and abstracts alone) and in older files.
   */
  years?: number[];
}

/** [arXiv id or 0, DOI or 0]. */
export type PaperIdsRow = [arxiv: string | 0, doi: string | 0];

/** [id, name, paper count, defining phrases]. */
type MetaTopic = [id: string, name: string, count: number, phrases: string[]];

export const TOPIC_PHRASES_IN_META = 5;

/**
 * [slug, title, name or 0, [[technique positions], [modality positions], [contribution],
 * [topic positions, main topic first]], claims, flags].
 */
export type MetaRow = [
  string,
  string,
  string | 0,
  number[][],
  [ClaimKind, number, string, string][],
  number,
];

export interface DetailShard {
  version: typeof FORMAT_VERSION;
  /** Dump position of the first paper of the shard. */
  from: number;
  papers: PaperDetails[];
}

/** Flag bit of a meta row: the dump had a title with no abstract. */
export const MISSING_ABSTRACT = 1;

/** Papers in the first shard: the default list's first page. */
const FIRST_SHARD = 25;

/** Where each shard starts, for `count` papers. */
export function shardStartsFor(count: number, shardSize: number): number[] {
  const starts = [0];
  for (let at = Math.min(FIRST_SHARD, shardSize); at < count; at += shardSize) starts.push(at);
  return starts;
}

/** The papers of shard `shard`: [from, from + count). */
export function shardSpan(
  file: Pick<MetaFile, 'shardStarts' | 'count'>,
  shard: number,
): { from: number; count: number } {
  const from = file.shardStarts[shard] ?? 0;
  return { from, count: Math.max(0, (file.shardStarts[shard + 1] ?? file.count) - from) };
}

/** The shard holding paper `index` (binary search over the starts). */
export function shardOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function shardFileName(i: number): string {
  return `details/d-${String(i).padStart(4, '0')}.json`;
}
