/** filterIds (src/lib/facets/counts.ts) as a plain array, for tests that compare lists. */
import { filterIds } from '../lib/facets/counts';
import type { FacetMatrix, FacetSelection } from '../lib/facets/counts';
import type { FacetCounts } from '../lib/facets/counts';

export function filterAndCount(
  candidates: ArrayLike<number>,
  matrix: FacetMatrix,
  selection: FacetSelection,
): { results: number[]; counts: FacetCounts } {
  const { ids, size, counts } = filterIds(candidates, matrix, selection);
  return { results: Array.from(ids.subarray(0, size)), counts };
}
