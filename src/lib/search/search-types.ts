import type { FacetGroup } from '../types';

export type FacetCounts = Record<FacetGroup, Record<string, number>>;

export interface SearchHit {
  /** Index of the paper in corpus order. */
  id: number;
  score: number;
}

export interface SearchOutcome {
  /** All matching papers after filters, in the requested order. */
  hits: SearchHit[];
  /** Disjunctive counts: how many results toggling each value would give. */
  counts: FacetCounts;
  /** Query terms as matched in the index (for highlighting). */
  matchedTerms: string[];
}
