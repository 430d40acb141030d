/**
 * Term lookups on the sorted vocabulary (IndexData.terms), with no structure to build at load:
 * exact and prefix by binary search, fuzzy by a walk of the sorted terms as a trie (fuzzyTerms,
 * below).
 */

/** First position whose term is >= key. */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Id of an index term, or -1. */
export function termId(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return terms[i] === term ? i : -1;
}

/** Ids of the terms that start with `prefix` (itself included), in vocabulary order. */
export function withPrefix(terms: readonly string[], prefix: string): number[] {
  const out: number[] = [];
  for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i += 1)
    out.push(i);
  return out;
}

/*
 * Fuzzy lookup in a sorted vocabulary, by optimal string alignment distance (Damerau–Levenshtein
 * without repeated edits of one substring): insertions, deletions, substitutions, and a swap of
 * two neighbouring letters count one edit each, so "sprase" is one edit from "sparse" (plain
 * Levenshtein, MiniSearch's SearchableMap, counts two).
 *
 * The sorted array is walked as the trie it implies: each term reuses the matrix rows of the
 * prefix it shares with the term before, and when a row's minimum exceeds the budget every term
 * under that prefix is skipped by binary search. Row minima never decrease (a swap reaches back two
 * rows, at one edit more than the row before could reach), so the skip loses nothing. No tree is
 * built: the first fuzzy query costs nothing extra, at 100k papers as at 119.
 */

/** Whether `term` starts with the first `k` letters of `model`. */
function sharesPrefix(term: string, model: string, k: number): boolean {
  if (term.length < k) return false;
  for (let i = k - 1; i >= 0; i -= 1) if (term.charCodeAt(i) !== model.charCodeAt(i)) return false;
  return true;
}

/**
 * First position after `from` whose term does not start with the first `k` letters of
 * terms[from] (sorted terms). Galloping: most skips are short.
 */
function pastPrefix(terms: readonly string[], from: number, k: number): number {
  const model = terms[from]!;
  let lo = from + 1;
  let step = 1;
  let hi = lo;
  while (hi < terms.length && sharesPrefix(terms[hi]!, model, k)) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, terms.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sharesPrefix(terms[mid]!, model, k)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [position in `terms`, distance] of every term within `max` edits of `query`. */
export function fuzzyTerms(
  terms: readonly string[],
  query: string,
  max: number,
): [id: number, distance: number][] {
  const out: [number, number][] = [];
  const n = query.length + 1;
  // A term longer than the query by more than `max` letters is out of reach.
  const rows = n + max;
  const far = max + 1;
  const m = new Uint8Array(rows * n).fill(far);
  for (let j = 0; j < n; j += 1) m[j] = j;
  for (let i = 1; i < rows; i += 1) m[i * n] = Math.min(i, far);
  // Rows 1..valid hold the prefix of `prev` of that length.
  let prev = '';
  let valid = 0;
  let t = 0;
  while (t < terms.length) {
    const term = terms[t]!;
    let common = 0;
    const limit = Math.min(valid, term.length);
    while (common < limit && term.charCodeAt(common) === prev.charCodeAt(common)) common += 1;
    let i = common + 1;
    let pruned = -1;
    for (; i <= term.length; i += 1) {
      if (i >= rows) {
        pruned = i - 1;
        break;
      }
      const c = term.charCodeAt(i - 1);
      const row = i * n;
      const up = row - n;
      let rowMin = m[row]!;
      // The band depends on the row only, so cells outside it are never written and stay `far`.
      const jmin = Math.max(1, i - max);
      const jmax = Math.min(n - 1, i + max);
      for (let j = jmin; j <= jmax; j += 1) {
        const q = query.charCodeAt(j - 1);
        let d = Math.min(m[up + j - 1]! + (c === q ? 0 : 1), m[up + j]! + 1, m[row + j - 1]! + 1);
        if (
          i > 1 &&
          j > 1 &&
          c === query.charCodeAt(j - 2) &&
          q === term.charCodeAt(i - 2) &&
          m[up - n + j - 2]! + 1 < d
        )
          d = m[up - n + j - 2]! + 1;
        m[row + j] = Math.min(d, far);
        if (d < rowMin) rowMin = d;
      }
      if (rowMin > max) {
        pruned = i;
        break;
      }
    }
    if (pruned >= 0) {
      // No term starting with these letters is within reach.
      valid = pruned - 1;
      prev = term;
      t = pastPrefix(terms, t, pruned);
      continue;
    }
    valid = term.length;
    prev = term;
    const d = m[term.length * n + n - 1]!;
    if (d <= max) out.push([t, d]);
    t += 1;
  }
  return out;
}
