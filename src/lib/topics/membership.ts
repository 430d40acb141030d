/**
 * Which topics a paper belongs to. Its main topic is the nearest centroid (cosine); another topic
 * is added when the paper is almost as near to it (SECONDARY_RATIO of the main similarity) and the
 * paper itself holds one of that topic's distinctive phrases: a paper belongs where it is about a
 * topic, not where one word is shared. At most MAX_TOPICS_PER_PAPER.
 */
import type { SparseVector } from './sparse';
import { dotDense } from './sparse';
import type { TopicMembership } from './topic-types';

export const MAX_TOPICS_PER_PAPER = 3;

export interface MembershipOptions {
  secondaryRatio: number;
  /** A secondary topic needs at least this similarity. */
  minSimilarity: number;
}

export const DEFAULT_MEMBERSHIP: MembershipOptions = { secondaryRatio: 0.8, minSimilarity: 0.08 };

/**
 * @param evidence per topic, feature → rank (lower is more distinctive): a paper's evidence for a
 * topic is its features found there, most distinctive first.
 * @param surface feature → shown form.
 */
export function membershipOf(
  vector: SparseVector,
  centroids: readonly Float64Array[],
  evidence: readonly Map<number, number>[],
  surface: readonly string[],
  opts: MembershipOptions = DEFAULT_MEMBERSHIP,
): TopicMembership[] {
  if (vector.ids.length === 0 || centroids.length === 0) return [];
  const sims = centroids.map((c, i) => [i, dotDense(vector, c)] as const);
  sims.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const [main, mainSim] = sims[0]!;
  const out: TopicMembership[] = [];
  const why = (topic: number): string[] => {
    const ranks = evidence[topic]!;
    const found: [number, number][] = [];
    for (const f of vector.ids) {
      const r = ranks.get(f);
      if (r !== undefined) found.push([r, f]);
    }
    found.sort((a, b) => a[0] - b[0]);
    return found.slice(0, 4).map(([, f]) => surface[f]!);
  };
  out.push({ topic: main, evidence: why(main) });
  for (const [topic, sim] of sims.slice(1)) {
    if (out.length >= MAX_TOPICS_PER_PAPER) break;
    if (sim < opts.secondaryRatio * mainSim || sim < opts.minSimilarity) break;
    const e = why(topic);
    if (e.length) out.push({ topic, evidence: e });
  }
  return out;
}
