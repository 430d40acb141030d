/**
 * Term lookups on the sorted vocabulary: exact and prefix by binary search (no structure to build
 * at load), fuzzy with MiniSearch's radix tree, built on the first fuzzy query only.
 */
import SearchableMap from 'minisearch/SearchableMap';

export class VocabLookup {
  private trie: SearchableMap<number> | undefined;

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

  /** Terms within `maxDistance` edits (Levenshtein), with their id and distance. */
  fuzzy(term: string, maxDistance: number): [id: number, distance: number][] {
    if (!this.trie) {
      this.trie = new SearchableMap<number>();
      this.terms.forEach((t, i) => this.trie!.set(t, i));
    }
    return [...this.trie.fuzzyGet(term, maxDistance).values()];
  }
}
