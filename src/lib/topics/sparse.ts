/** Sparse unit vectors (sorted feature ids and weights) and the few operations clustering needs. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/** Features of a paper with their counts, sorted by feature id. */
export interface FeatureCounts {
  ids: Int32Array;
  counts: Float64Array;
}

export function countsOf(map: ReadonlyMap<number, number>): FeatureCounts {
  const ids = Int32Array.from(map.keys()).sort(); // typed arrays sort numerically
  return { ids, counts: Float64Array.from(ids, (f) => map.get(f)!) };
}

/** Scales `values` to unit length in place (left as is when it is zero). */
export function normalizeDense(v: Float64Array): void {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
}

/** Dot product of a sparse vector with a dense one. */
export function dotDense(v: SparseVector, dense: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) s += v.values[i]! * dense[v.ids[i]!]!;
  return s;
}
