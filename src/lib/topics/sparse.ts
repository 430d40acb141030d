/** Sparse unit vectors (sorted feature ids and weights) and the few operations clustering needs. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/** A vector from feature → weight, L2-normalised (an empty map gives an empty vector). */
export function unitVector(weights: Map<number, number>): SparseVector {
  const ids = Int32Array.from([...weights.keys()].sort((a, b) => a - b));
  const values = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = weights.get(id)!;
    values[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
  return { ids, values };
}

/** Dot product of a sparse vector with a dense one. */
export function dotDense(v: SparseVector, dense: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) s += v.values[i]! * dense[v.ids[i]!]!;
  return s;
}

/** Dot product of two sparse vectors (merge of sorted ids). */
export function dotSparse(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Scales a dense vector to unit length in place (left as is when it is zero). */
export function normalizeDense(v: Float64Array): void {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
}
