/**
 * Spectral embedding of papers (Ng, Jordan & Weiss): a graph joining each paper to its nearest
 * neighbours by cosine similarity, normalised, and its leading eigenvectors found by subspace
 * iteration. Papers that share few words but many neighbours land close together, which suits
 * abstracts (a few dozen phrases each) better than k-means on the raw vectors.
 */
import type { SparseVector } from './sparse';
import { mulberry32 } from '../prng';

/** Each paper's `m` most similar papers, by an inverted index over the features. */
function nearestNeighbours(
  vectors: readonly SparseVector[],
  dims: number,
  m: number,
): { to: Int32Array; weight: Float64Array }[] {
  const n = vectors.length;
  const postings: number[][] = Array.from({ length: dims }, () => []);
  const postingValues: number[][] = Array.from({ length: dims }, () => []);
  vectors.forEach((v, d) => {
    for (let i = 0; i < v.ids.length; i++) {
      postings[v.ids[i]!]!.push(d);
      postingValues[v.ids[i]!]!.push(v.values[i]!);
    }
  });
  const scores = new Float64Array(n);
  const touched: number[] = [];
  return vectors.map((v, d) => {
    for (let i = 0; i < v.ids.length; i++) {
      const f = v.ids[i]!;
      const w = v.values[i]!;
      const docs = postings[f]!;
      const vals = postingValues[f]!;
      for (let j = 0; j < docs.length; j++) {
        const other = docs[j]!;
        if (other === d) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * vals[j]!;
      }
    }
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const top = touched.slice(0, m);
    const out = { to: Int32Array.from(top), weight: Float64Array.from(top, (o) => scores[o]!) };
    for (const o of touched) scores[o] = 0;
    touched.length = 0;
    return out;
  });
}

/** Orthonormalises the k columns of q (n × k, row-major) in place, modified Gram-Schmidt. */
function orthonormalise(q: Float64Array, n: number, k: number, random: () => number): void {
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += q[r * k + c]! * q[r * k + p]!;
      for (let r = 0; r < n; r++) q[r * k + c]! -= dot * q[r * k + p]!;
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += q[r * k + c]! ** 2;
    norm = Math.sqrt(norm);
    if (norm < 1e-12) {
      for (let r = 0; r < n; r++) q[r * k + c] = random() - 0.5;
      c -= 1; // re-orthonormalise the fresh column
      continue;
    }
    for (let r = 0; r < n; r++) q[r * k + c]! /= norm;
  }
}

/**
 * Rows of the k leading eigenvectors of the normalised kNN graph, each scaled to unit length:
 * the points k-means then groups. Deterministic for a seed.
 */
export function spectralEmbedding(
  vectors: readonly SparseVector[],
  dims: number,
  k: number,
  { neighbours = 12, iterations = 120, seed = 1 } = {},
): Float64Array[] {
  const n = vectors.length;
  const knn = nearestNeighbours(vectors, dims, neighbours);
  // Symmetric affinity: an edge when either paper counts the other among its neighbours.
  const edges = Array.from({ length: n }, () => new Map<number, number>());
  knn.forEach(({ to, weight }, d) => {
    for (let i = 0; i < to.length; i++) {
      const o = to[i]!;
      const w = Math.max(0, weight[i]!);
      edges[d]!.set(o, Math.max(edges[d]!.get(o) ?? 0, w));
      edges[o]!.set(d, Math.max(edges[o]!.get(d) ?? 0, w));
    }
  });
  const degree = Float64Array.from(edges, (e) => {
    let s = 0;
    for (const w of e.values()) s += w;
    return s;
  });
  const rows = edges.map((e, d) => {
    const to = Int32Array.from(e.keys());
    const w = Float64Array.from(to, (o) => {
      const denom = Math.sqrt(degree[d]! * degree[o]!);
      return denom > 0 ? e.get(o)! / denom : 0;
    });
    return { to, w };
  });
  const random = mulberry32(seed);
  let q = Float64Array.from({ length: n * k }, () => random() - 0.5);
  orthonormalise(q, n, k, random);
  for (let it = 0; it < iterations; it++) {
    // (A + I) / 2: the same eigenvectors, every eigenvalue in [0, 1], so iteration converges to the largest.
    const next = new Float64Array(n * k);
    for (let r = 0; r < n; r++) {
      const { to, w } = rows[r]!;
      for (let c = 0; c < k; c++) next[r * k + c] = q[r * k + c]! * 0.5;
      for (let i = 0; i < to.length; i++) {
        const o = to[i]!;
        const wi = w[i]! * 0.5;
        for (let c = 0; c < k; c++) next[r * k + c]! += wi * q[o * k + c]!;
      }
    }
    orthonormalise(next, n, k, random);
    q = next;
  }
  return Array.from({ length: n }, (_, r) => {
    const row = q.slice(r * k, r * k + k);
    let norm = 0;
    for (const x of row) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let c = 0; c < k; c++) row[c]! /= norm;
    return row;
  });
}
