/**
 * Spherical k-means (cosine similarity) over sparse unit vectors, seeded k-means++ start, several
 * restarts, the best by total similarity. Written here rather than taken from ml-kmeans, which
 * works on dense rows: with a few thousand phrase features a dense row per paper costs
 * k × features per step instead of k × the paper's few dozen phrases.
 */
import type { SparseVector } from './sparse';
import { dotDense, normalizeDense } from './sparse';
import { mulberry32 } from '../prng';

export interface Clustering {
  k: number;
  /** Cluster of each vector. */
  assign: Int32Array;
  /** Unit centroids, dense over the features. */
  centroids: Float64Array[];
  /** Sum of each vector's similarity to its centroid. */
  cohesion: number;
}

function seedCentroids(
  vectors: readonly SparseVector[],
  k: number,
  dims: number,
  random: () => number,
): Float64Array[] {
  const n = vectors.length;
  const centroids: Float64Array[] = [];
  const best = new Float64Array(n).fill(-1);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    const centroid = new Float64Array(dims);
    const v = vectors[pick]!;
    for (let i = 0; i < v.ids.length; i++) centroid[v.ids[i]!] = v.values[i]!;
    centroids.push(centroid);
    // Next seed: far from every seed so far (probability ∝ (1 − best similarity)²).
    let total = 0;
    const weight = new Float64Array(n);
    for (let d = 0; d < n; d++) {
      best[d] = Math.max(best[d]!, dotDense(vectors[d]!, centroid));
      const gap = Math.max(0, 1 - best[d]!);
      weight[d] = gap * gap;
      total += weight[d]!;
    }
    let r = random() * total;
    pick = 0;
    for (let d = 0; d < n; d++) {
      r -= weight[d]!;
      if (r <= 0) {
        pick = d;
        break;
      }
    }
  }
  return centroids;
}

function runOnce(
  vectors: readonly SparseVector[],
  k: number,
  dims: number,
  random: () => number,
  maxIterations: number,
): Clustering {
  const n = vectors.length;
  let centroids: Float64Array[] = seedCentroids(vectors, k, dims, random);
  const assign = new Int32Array(n).fill(-1);
  let cohesion = 0;
  for (let iter = 0; iter < maxIterations; iter++) {
    let changed = 0;
    cohesion = 0;
    for (let d = 0; d < n; d++) {
      let bestC = 0;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dotDense(vectors[d]!, centroids[c]!);
        if (s > bestS) {
          bestS = s;
          bestC = c;
        }
      }
      cohesion += bestS;
      if (assign[d] !== bestC) {
        assign[d] = bestC;
        changed++;
      }
    }
    const next: Float64Array[] = Array.from({ length: k }, () => new Float64Array(dims));
    const sizes = new Int32Array(k);
    for (let d = 0; d < n; d++) {
      const v = vectors[d]!;
      const c = assign[d]!;
      sizes[c]! += 1;
      const centroid = next[c]!;
      for (let i = 0; i < v.ids.length; i++) centroid[v.ids[i]!]! += v.values[i]!;
    }
    for (let c = 0; c < k; c++) {
      // An emptied cluster keeps its old centre rather than vanishing.
      if (sizes[c] === 0) next[c] = centroids[c]!;
      else normalizeDense(next[c]!);
    }
    centroids = next;
    if (changed === 0) break;
  }
  return { k, assign, centroids, cohesion };
}

/** The best of `restarts` runs, deterministic for a given seed. */
export function sphericalKMeans(
  vectors: readonly SparseVector[],
  k: number,
  dims: number,
  { seed = 1, restarts = 4, maxIterations = 40 } = {},
): Clustering {
  const random = mulberry32(seed);
  let best: Clustering | undefined;
  for (let r = 0; r < restarts; r++) {
    const run = runOnce(vectors, Math.min(k, vectors.length), dims, random, maxIterations);
    if (!best || run.cohesion > best.cohesion) best = run;
  }
  return best!;
}
