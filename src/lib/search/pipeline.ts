/**
 * One search as the page needs it: full-text matches, the min-context filter, facet filtering
 * with disjunctive counts, then the requested order. Only the requested window of the order is
 * materialised (top-k), so a keystroke at 100k papers does not sort 80,000 matches; searchOrder
 * gives the whole order for the rare consumer that needs it (export, insights).
 * Orders match sort.ts: each key, then relevance (score, high first), then corpus order.
 */
import { CONTEXT_FILTER_UNITS } from '../claims/extract-claims';
import { filterAndCount, matrixFrom } from '../facets/counts';
import type { FacetMatrix } from '../facets/counts';
import { TAXONOMY } from '../taxonomy';
import { facetIdsOf } from '../corpus-format';
import type { Claim, FacetGroup, Paper } from '../types';
import { FACET_GROUPS } from '../types';
import type { CompactResult } from './engine';
import { isEmptyQuery, parseQuery } from './query';
import type { ParsedQuery } from './query';
import type { FacetCounts, SortKey, ViewState } from './search-types';
import { titleKey } from './sort';
import { orderByKeyDesc } from './radix-order';
import { topK } from './top-k';

/** Full-text matches of a query (engine.ts searchCompact on some index). */
export type TextSearch = (parsed: ParsedQuery) => CompactResult;

export interface SearchTables {
  search: TextSearch;
  matrix: FacetMatrix;
  /** Longest claimed context (tokens, bytes, base pairs) per paper; NaN when none. */
  contexts: Float64Array;
  /** Largest claimed speedup per paper; NaN when none. */
  speedups: Float64Array;
  titles: readonly string[];
  /** Position of each title in A–Z order (equal titles share a rank); computed on first use. */
  titleRank?: Uint32Array;
}

export type TablePaper = Pick<Paper, 'title' | 'tags'> & {
  claims: readonly Pick<Claim, 'kind' | 'value' | 'unit'>[];
};

export interface SearchPage {
  /** Matches after filters. */
  total: number;
  /** Start of the window: as asked, or the last full window when that was past the end. */
  offset: number;
  /** Paper positions of the requested window, in order. */
  ids: number[];
  counts: FacetCounts;
  /** Index terms and phrases that matched, for highlighting. */
  matchedTerms: string[];
  relaxed: boolean;
}

function maxClaim(
  claims: TablePaper['claims'],
  keep: (c: TablePaper['claims'][number]) => boolean,
): number {
  let best = Number.NaN;
  for (const c of claims)
    if (keep(c) && Number.isFinite(c.value) && !(c.value <= best)) best = c.value;
  return best;
}

/** What the tables hold besides the index; cheap to compute where the papers are, cheap to transfer. */
export interface TableColumns {
  titles: string[];
  matrix: FacetMatrix;
  contexts: Float64Array;
  speedups: Float64Array;
}

export function columnsOf(papers: readonly TablePaper[]): TableColumns {
  const order = {} as Record<FacetGroup, string[]>;
  for (const g of FACET_GROUPS) order[g] = TAXONOMY[g].map((v) => v.id);
  return {
    titles: papers.map((p) => p.title),
    matrix: matrixFrom(papers.length, (id) => (papers[id] ? facetIdsOf(papers[id]) : {}), order),
    contexts: Float64Array.from(papers, (p) =>
      maxClaim(p.claims, (c) => c.kind === 'context' && CONTEXT_FILTER_UNITS.includes(c.unit)),
    ),
    speedups: Float64Array.from(papers, (p) => maxClaim(p.claims, (c) => c.kind === 'speedup')),
  };
}

export function buildTables(columns: TableColumns, search: TextSearch): SearchTables {
  return {
    search,
    matrix: columns.matrix,
    contexts: columns.contexts,
    speedups: columns.speedups,
    titles: columns.titles,
  };
}

/**
 * Every paper, unranked: the text search of a list without an index, for views without search
 * text (the page shows the list before any index is ready, and without loading the engine).
 */
export function everyPaper(count: number): TextSearch {
  return () => {
    const docs = new Uint32Array(count);
    for (let d = 0; d < count; d += 1) docs[d] = d;
    return { size: count, docs, scores: new Float64Array(count), relaxed: false, terms: [] };
  };
}

function titleRankOf(t: SearchTables): Uint32Array {
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

interface Matches {
  ids: Uint32Array;
  scores: Float64Array;
  counts: FacetCounts;
  terms: string[];
  relaxed: boolean;
  sort: SortKey;
}

function matches(t: SearchTables, view: ViewState): Matches {
  const parsed = parseQuery(view.q);
  const hasQuery = !isEmptyQuery(parsed);
  const r = t.search(parsed);
  let docs = r.docs.subarray(0, r.size);
  let scores = r.scores.subarray(0, r.size);
  if (view.minContext !== undefined) {
    const min = view.minContext;
    const keep = docs.map((d) =>
      t.contexts[d]! >= min || (Number.isNaN(t.contexts[d]!) && min <= 0) ? 1 : 0,
    );
    docs = docs.filter((_, i) => keep[i] === 1);
    scores = scores.filter((_, i) => keep[i] === 1);
  }
  const { results, counts } = filterAndCount(docs, t.matrix, {
    technique: view.technique,
    modality: view.modality,
    contribution: view.contribution,
  });
  const ids = Uint32Array.from(results);
  const kept = new Float64Array(ids.length);
  for (let i = 0, j = 0; i < ids.length; i += 1) {
    while (docs[j] !== ids[i]) j += 1;
    kept[i] = scores[j]!;
  }
  const terms = [...new Set([...r.terms, ...parsed.phrases])];
  return {
    ids,
    scores: kept,
    counts,
    terms,
    relaxed: r.relaxed,
    sort: view.sort ?? (hasQuery ? 'relevance' : 'dump'),
  };
}

/** Strict "comes before" over positions into m.ids, for m.sort. */
function orderOf(t: SearchTables, m: Matches): (a: number, b: number) => boolean {
  const { ids, scores } = m;
  const relevance = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
  const byValue = (values: Float64Array) => (a: number, b: number) => {
    const va = values[ids[a]!]!;
    const vb = values[ids[b]!]!;
    const na = Number.isNaN(va);
    const nb = Number.isNaN(vb);
    if (na !== nb) return nb;
    return na || va === vb ? relevance(a, b) : va > vb;
  };
  switch (m.sort) {
    case 'dump':
      return (a, b) => ids[a]! < ids[b]!;
    case 'title': {
      const rank = titleRankOf(t);
      return (a, b) => {
        const ra = rank[ids[a]!]!;
        const rb = rank[ids[b]!]!;
        return ra !== rb ? ra < rb : relevance(a, b);
      };
    }
    case 'context':
      return byValue(t.contexts);
    case 'speedup':
      return byValue(t.speedups);
    default:
      return relevance;
  }
}

const positions = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

export function searchPage(
  t: SearchTables,
  view: ViewState,
  offset: number,
  limit: number,
): SearchPage {
  const m = matches(t, view);
  const size = Math.max(1, limit);
  let first = Math.max(0, offset);
  if (first >= m.ids.length && m.ids.length > 0)
    first = Math.floor((m.ids.length - 1) / size) * size;
  const window = topK(positions(m.ids.length), first + Math.max(0, limit), orderOf(t, m)).subarray(
    first,
  );
  return {
    total: m.ids.length,
    offset: first,
    ids: Array.from(window, (pos) => m.ids[pos]!),
    counts: m.counts,
    matchedTerms: m.terms,
    relaxed: m.relaxed,
  };
}

/** Positions into m.ids in m.sort's order, by stable radix passes (same order as orderOf). */
function fullOrder(t: SearchTables, m: Matches): Uint32Array {
  const { ids, scores } = m;
  const all = positions(ids.length);
  if (m.sort === 'dump') return all;
  // Positions ascend with paper positions, and the passes are stable: ties stay in corpus order.
  const byRelevance = orderByKeyDesc(all, (p) => scores[p]!);
  switch (m.sort) {
    case 'title': {
      const rank = titleRankOf(t);
      return orderByKeyDesc(byRelevance, (p) => -rank[ids[p]!]!);
    }
    case 'context':
      return orderByKeyDesc(byRelevance, (p) => t.contexts[ids[p]!]!);
    case 'speedup':
      return orderByKeyDesc(byRelevance, (p) => t.speedups[ids[p]!]!);
    default:
      return byRelevance;
  }
}

/** Every match in order, with its score, and the counts and terms of searchPage. */
export function searchAll(
  t: SearchTables,
  view: ViewState,
): Omit<SearchPage, 'ids' | 'offset'> & { ids: Uint32Array; scores: Float64Array } {
  const m = matches(t, view);
  const order = fullOrder(t, m);
  return {
    total: m.ids.length,
    ids: Uint32Array.from(order, (pos) => m.ids[pos]!),
    scores: Float64Array.from(order, (pos) => m.scores[pos]!),
    counts: m.counts,
    matchedTerms: m.terms,
    relaxed: m.relaxed,
  };
}

/** Every match, in order (paper positions). */
export function searchOrder(t: SearchTables, view: ViewState): Uint32Array {
  return searchAll(t, view).ids;
}
