/**
 * What a search needs besides the text index, per paper: facet masks, the sort keys (longest
 * claimed context, largest speedup, title order) and the text search to run. Columns are cheap to
 * compute where the papers are (meta.json) and cheap to send to the search worker.
 */
import { CONTEXT_FILTER_UNITS } from '../claims/extract-claims';
import { matrixFrom } from '../facets/counts';
import type { FacetMatrix } from '../facets/counts';
import { facetOrder } from '../taxonomy';
import { facetIdsOf } from '../corpus-rows';
import type { Claim, Paper } from '../types';
import type { CompactResult } from './engine';
import { unranked } from './result-set';
import type { ParsedQuery } from './query';
import { fold } from './normalize';
import { datedKey } from '../paper-ids/id-format';

/** Full-text matches of a query (engine.ts searchCompact on some index). */
export type TextSearch = (parsed: ParsedQuery) => CompactResult;

/** What the tables hold besides the text search. */
export interface TableColumns {
  titles: string[];
  matrix: FacetMatrix;
  /** Longest claimed context (tokens, bytes, base pairs) per paper; NaN when none. */
  contexts: Float64Array;
  /** Largest claimed speedup per paper; NaN when none. */
  speedups: Float64Array;
  /** Month each paper is dated to (id-format.ts datedKey); NaN when undated. */
  posted: Float64Array;
}

export interface SearchTables extends TableColumns {
  search: TextSearch;
  /** Position of each title in A–Z order (equal titles share a rank); computed on first use. */
  titleRank?: Uint32Array;
}

export type TablePaper = Pick<Paper, 'title' | 'tags' | 'arxiv' | 'year'> & {
  claims: readonly Pick<Claim, 'kind' | 'value' | 'unit'>[];
};

function maxClaim(
  claims: TablePaper['claims'],
  keep: (c: TablePaper['claims'][number]) => boolean,
): number {
  let best = Number.NaN;
  for (const c of claims)
    if (keep(c) && Number.isFinite(c.value) && !(c.value <= best)) best = c.value;
  return best;
}

export function columnsOf(papers: readonly TablePaper[]): TableColumns {
  const order = facetOrder();
  return {
    titles: papers.map((p) => p.title),
    matrix: matrixFrom(papers.length, (id) => (papers[id] ? facetIdsOf(papers[id]) : {}), order),
    contexts: Float64Array.from(papers, (p) =>
      maxClaim(p.claims, (c) => c.kind === 'context' && CONTEXT_FILTER_UNITS.includes(c.unit)),
    ),
    speedups: Float64Array.from(papers, (p) => maxClaim(p.claims, (c) => c.kind === 'speedup')),
    posted: Float64Array.from(papers, datedKey),
  };
}

export function buildTables(columns: TableColumns, search: TextSearch): SearchTables {
  return { ...columns, search };
}

/**
 * Every paper, unranked: the text search of a list without an index, for views without search
 * text (the page shows the list before any index is ready, and without loading the engine).
 */
export function everyPaper(count: number): TextSearch {
  return () => unranked(count);
}

/** A–Z key that ignores case, accents and leading punctuation, the same on every machine. */
export function titleKey(title: string): string {
  return fold(title).replace(/^[^\p{L}\p{N}]+/u, '');
}

export function titleRankOf(t: SearchTables): Uint32Array {
  if (t.titleRank) return t.titleRank;
  const keys = t.titles.map(titleKey);
  const byTitle = keys
    .map((_, i) => i)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const rank = new Uint32Array(keys.length);
  byTitle.forEach((id, i) => {
    const prev = byTitle[i - 1];
    rank[id] = prev !== undefined && keys[prev] === keys[id] ? rank[prev]! : i;
  });
  t.titleRank = rank;
  return rank;
}
