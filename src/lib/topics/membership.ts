/**
 * Which topics a paper belongs to. Its main topic is the nearest centroid (cosine); another topic
 * is added when the paper is almost as near to it (SECONDARY_RATIO of the main similarity) and the
 * paper itself holds one of that topic's distinctive phrases: a paper belongs where it is about a
 * topic, not where one word is shared. At most MAX_TOPICS_PER_PAPER.
 */
import type { SparseVector } from './sparse';
import type { TopicMembership } from './topic-types';

export const MAX_TOPICS_PER_PAPER = 3;

export interface MembershipOptions {
  secondaryRatio: number;
  /** A secondary topic needs at least this similarity. */
  minSimilarity: number;
}

export const DEFAULT_MEMBERSHIP: MembershipOptions = { secondaryRatio: 0.5, minSimilarity: 0.03 };

/**
 * Centroids stored feature by feature (weights[f * k + c]): a paper's similarity to every topic
 * reads one short stretch per phrase it holds, instead of one far-apart cell in each of k arrays.
 * Evidence ranks are stored the same way (-1: not among the topic's distinctive features): a
 * lookup per feature was a fifth of placing 100k papers.
 */
export interface CentroidTable {
  k: number;
  weights: Float64Array;
  ranks: Int16Array;
}

/**
 * @param evidence per topic, its distinctive features, most distinctive first: a paper's evidence
 * for a topic is its features found there, in that order.
 */
export function centroidTable(
  centroids: readonly Float64Array[],
  dims: number,
  evidence: readonly (readonly number[])[],
): CentroidTable {
  const k = centroids.length;
  const weights = new Float64Array(dims * k);
  centroids.forEach((c, ci) => {
    for (let f = 0; f < dims; f++) if (c[f] !== 0) weights[f * k + ci] = c[f]!;
  });
  const ranks = new Int16Array(dims * k).fill(-1);
  evidence.forEach((features, ci) =>
    features.forEach((f, rank) => {
      if (ranks[f * k + ci] === -1) ranks[f * k + ci] = rank;
    }),
  );
  return { k, weights, ranks };
}

function similarities(vector: SparseVector, table: CentroidTable): Float64Array {
  const { k, weights } = table;
  const sims = new Float64Array(k);
  for (let i = 0; i < vector.ids.length; i++) {
    const base = vector.ids[i]! * k;
    const v = vector.values[i]!;
    for (let c = 0; c < k; c++) sims[c]! += v * weights[base + c]!;
  }
  return sims;
}

/** @param surface feature → shown form. */
export function membershipOf(
  vector: SparseVector,
  centroids: CentroidTable,
  surface: readonly string[],
  opts: MembershipOptions = DEFAULT_MEMBERSHIP,
): TopicMembership[] {
  if (vector.ids.length === 0 || centroids.k === 0) return [];
  const raw = similarities(vector, centroids);
  let main = 0;
  for (let c = 1; c < raw.length; c++) if (raw[c]! > raw[main]!) main = c;
  const mainSim = raw[main]!;
  // Only topics near enough to be secondary are sorted (placing 100k papers sorts k each time).
  const floor = Math.max(opts.secondaryRatio * mainSim, opts.minSimilarity);
  const near: number[] = [];
  for (let c = 0; c < raw.length; c++) if (c !== main && raw[c]! >= floor) near.push(c);
  near.sort((a, b) => raw[b]! - raw[a]! || a - b);
  const out: TopicMembership[] = [];
  const { k, ranks } = centroids;
  const why = (topic: number): string[] => {
    const found: [number, number][] = [];
    for (const f of vector.ids) {
      const r = ranks[f * k + topic]!;
      if (r >= 0) found.push([r, f]);
    }
    found.sort((a, b) => a[0] - b[0]);
    return found.slice(0, 4).map(([, f]) => surface[f]!);
  };
  out.push({ topic: main, evidence: why(main) });
  for (const topic of near) {
    if (out.length >= MAX_TOPICS_PER_PAPER) break;
    const e = why(topic);
    if (e.length) out.push({ topic, evidence: e });
  }
  return out;
}
