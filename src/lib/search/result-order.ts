/**
 * Result orders over positions into the matches (sort.ts's orders): each key, then relevance
 * (score, high first), then corpus order. `orderOf` compares two positions (for top-k windows);
 * `fullOrder` sorts them all with stable radix passes (for export and insights).
 */
import type { QueryNotes } from './query-notes';
import type { FacetCounts } from './search-types';
import type { SortKey } from '../url/view-state';
import { orderByKeyDesc } from './radix-order';
import { titleRankOf } from './search-tables';
import type { SearchTables } from './search-tables';

export interface Matches {
  ids: Uint32Array;
  scores: Float64Array;
  counts: FacetCounts;
  terms: string[];
  relaxed: boolean;
  notes?: QueryNotes;
  sort: SortKey;
}

export function positions(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  return out;
}

/** Strict "comes before" over positions into m.ids, for m.sort. */
export function orderOf(t: SearchTables, m: Matches): (a: number, b: number) => boolean {
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
    case 'posted':
      return byValue(t.posted);
    default:
      return relevance;
  }
}

/** Positions into m.ids in m.sort's order, by stable radix passes (same order as orderOf). */
export function fullOrder(t: SearchTables, m: Matches): Uint32Array {
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
    case 'posted':
      return orderByKeyDesc(byRelevance, (p) => t.posted[ids[p]!]!);
    default:
      return byRelevance;
  }
}
