/** The words behind a match, for people to read next to a related paper. */
import type { DocVectors } from './doc-vectors';

const MAX_SHARED = 5;
const MIN_SHARED = 3;
/** Past the first three, a shared word must carry this share of the strongest one to be shown. */
const SHARED_CUTOFF = 0.25;

/**
 * Terms kept for both documents, by their contribution to the cosine, as document `a` writes them.
 * `entryOfA[t]` is 1 + the entry of term t in a's vector, or 0: the caller marks a's terms once
 * for all its candidates instead of this scanning both vectors for every pair.
 */
export function sharedWords(v: DocVectors, entryOfA: Int32Array, b: number): string[] {
  const both: [string, number][] = [];
  for (let f = v.start[b] ?? 0, end = v.start[b + 1] ?? 0; f < end; f++) {
    const e = (entryOfA[v.ids[f] ?? 0] ?? 0) - 1;
    if (e >= 0) both.push([v.surfaces[e] ?? '', (v.weights[e] ?? 0) * (v.weights[f] ?? 0)]);
  }
  both.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const strongest = both[0]?.[1] ?? 0;
  return both
    .filter(([word, w], i) => word !== '' && (i < MIN_SHARED || w >= SHARED_CUTOFF * strongest))
    .slice(0, MAX_SHARED)
    .map(([word]) => word);
}
