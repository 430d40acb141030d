/**
 * Result orders over positions into the matches. Each order is one numeric key, larger first,
 * papers without a value (NaN) last; ties go by relevance (score, high first), then corpus order.
 * `orderOf` compares two positions; a page takes its window of them with top-k.ts.
 */
import type { SortKey } from '../url/view-state';
import { sequence } from './result-set';
import { titleRankOf } from './search-tables';
import type { SearchTables } from './search-tables';
import { topK } from './top-k';

/** Matches to order: paper ids ascending, their scores, the order asked for. */
export interface Ranked {
  ids: Uint32Array;
  scores: Float64Array;
  sort: SortKey;
}

/** The key of m.sort per position into m.ids; undefined for relevance (the tie-break itself). */
function keyOf(t: SearchTables, m: Ranked): ((pos: number) => number) | undefined {
  const { ids } = m;
  const column = (values: Float64Array) => (pos: number) => values[ids[pos]!]!;
  switch (m.sort) {
    case 'dump':
      return (pos) => -ids[pos]!;
    case 'title': {
      const rank = titleRankOf(t);
      return (pos) => -rank[ids[pos]!]!;
    }
    case 'context':
      return column(t.contexts);
    case 'speedup':
      return column(t.speedups);
    case 'posted':
      return column(t.posted);
    default:
      return undefined;
  }
}

/** Strict "comes before" over positions into m.ids, for m.sort. */
export function orderOf(t: SearchTables, m: Ranked): (a: number, b: number) => boolean {
  const { ids, scores } = m;
  const key = keyOf(t, m);
  return (a, b) => {
    if (key) {
      const ka = key(a);
      const kb = key(b);
      const na = Number.isNaN(ka);
      if (na !== Number.isNaN(kb)) return !na;
      if (!na && ka !== kb) return ka > kb;
    }
    return scores[a]! > scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
  };
}

/** Positions into m.ids in m.sort's order: every one of them (export, insights). */
export function fullOrder(t: SearchTables, m: Ranked): Uint32Array {
  const n = m.ids.length;
  // m.ids ascend: corpus order is the order they came in.
  if (m.sort === 'dump') return sequence(n);
  // 84k matches: about 25 ms (a radix sort took 10–15 ms; no reader waits on either).
  return topK(n, n, orderOf(t, m));
}
