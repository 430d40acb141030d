/**
 * Term lookups on the sorted vocabulary, with no structure to build at load: exact and prefix by
 * binary search, fuzzy by a walk of the sorted terms as a trie (fuzzy-vocab.ts).
 */
import { fuzzyTerms } from './fuzzy-vocab';

export class VocabLookup {
  constructor(readonly terms: readonly string[]) {}

  /** First position whose term is >= key. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Id of an index term, or -1. */
  id(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** Ids of the terms that start with `prefix` (itself included), in vocabulary order. */
  withPrefix(prefix: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.terms.length; i += 1) {
      if (!this.terms[i]!.startsWith(prefix)) break;
      out.push(i);
    }
    return out;
  }

  /**
   * Terms within `maxDistance` edits, with their id and distance. A swap of two neighbouring
   * letters is one edit (optimal string alignment), so "sprase" finds "sparse".
   */
  fuzzy(term: string, maxDistance: number): [id: number, distance: number][] {
    return fuzzyTerms(this.terms, term, maxDistance);
  }
}
