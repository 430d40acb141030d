/**
 * Topic discovery for any listing, from the words of its papers alone (no network, no model):
 * 1. candidate phrases per paper (phrases.ts), a vocabulary of those neither too rare nor too
 *    common (vocabulary.ts);
 * 2. a tf-idf vector per paper over phrases and words, multi-word phrases weighing more;
 * 3. spherical k-means over a sample of papers (all of them up to SAMPLE_SIZE), several seeded
 *    restarts, k from the listing's size;
 * 4. names and defining phrases by class-based tf-idf (name-topics.ts);
 * 5. every paper's 1–3 topics by similarity and phrase evidence (membership.ts).
 * Deterministic: the same papers give the same topics, ids and members.
 */
import { uniqueSlugs } from '../dump/slug';
import { paperPhrases } from './phrases';
import type { PaperPhrases } from './phrases';
import { buildVocabulary, featureCounts } from './vocabulary';
import type { Vocabulary } from './vocabulary';
import { unitVector } from './sparse';
import type { SparseVector } from './sparse';
import { sphericalKMeans } from './kmeans';
import { definingPhrases, rankPhrases, topicNames } from './name-topics';
import { DEFAULT_MEMBERSHIP, membershipOf } from './membership';
import type { MembershipOptions } from './membership';
import type { DiscoveredTopics, Topic, TopicInput } from './topic-types';

/** Top-level topics fit one 32-bit facet mask (facets/counts.ts), below the 40. */
export const MAX_TOPICS = 32;
export const SAMPLE_SIZE = 4000;

export interface DiscoverOptions {
  seed: number;
  /** Number of topics; by default from the listing's size (topicCount). */
  k?: number;
  titleWeight: number;
  phraseBoost: number;
  maxShare: number;
  membership: MembershipOptions;
  /** Defining phrases kept per topic. */
  phrases: number;
}

export const DEFAULT_DISCOVER: DiscoverOptions = {
  seed: 13,
  titleWeight: 3,
  phraseBoost: 1.5,
  maxShare: 0.4,
  membership: DEFAULT_MEMBERSHIP,
  phrases: 8,
};

/** About 8 topics at 100 papers, 17 at 500, never more than MAX_TOPICS. */
export function topicCount(papers: number): number {
  if (papers < 8) return Math.max(1, Math.ceil(papers / 2));
  return Math.min(MAX_TOPICS, Math.max(4, Math.round(0.8 * Math.sqrt(papers))));
}

/** Evenly spaced positions: the sample a large listing is clustered on. */
export function samplePositions(n: number, size: number): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: size }, (_, i) => Math.floor((i * n) / size));
}

function vectorOf(counts: Map<number, number>, vocab: Vocabulary, opts: DiscoverOptions) {
  const weights = new Map<number, number>();
  for (const [f, tf] of counts) {
    const idf = Math.log(vocab.sampleSize / vocab.df[f]!);
    const boost = vocab.words[f]! > 1 ? opts.phraseBoost : 1;
    weights.set(f, (1 + Math.log(tf)) * idf * boost);
  }
  return unitVector(weights);
}

export function discoverTopics(
  inputs: readonly TopicInput[],
  options: Partial<DiscoverOptions> = {},
): DiscoveredTopics {
  const opts = { ...DEFAULT_DISCOVER, ...options };
  const sample = samplePositions(inputs.length, SAMPLE_SIZE);
  const samplePhrases: PaperPhrases[] = sample.map((i) =>
    paperPhrases(inputs[i]!.title, inputs[i]!.abstract),
  );
  const vocab = buildVocabulary(samplePhrases, { maxShare: opts.maxShare, minDf: 2 });
  const sampleVectors = samplePhrases.map((p) =>
    vectorOf(featureCounts(p, vocab, opts.titleWeight), vocab, opts),
  );
  const withFeatures = sampleVectors.flatMap((v, i) => (v.ids.length ? [i] : []));
  const k = Math.min(opts.k ?? topicCount(inputs.length), MAX_TOPICS, withFeatures.length);
  if (k < 1) return { topics: [], papers: inputs.map(() => []) };
  const clustering = sphericalKMeans(
    withFeatures.map((i) => sampleVectors[i]!),
    k,
    vocab.keys.length,
    { seed: opts.seed },
  );
  const clusterOf = new Int32Array(sample.length).fill(-1);
  withFeatures.forEach((i, j) => (clusterOf[i] = clustering.assign[j]!));
  const ranked = rankPhrases(
    sampleVectors.map((v) => Array.from(v.ids)),
    clusterOf,
    k,
    vocab,
  );
  const defining = ranked.map((r) => definingPhrases(r, vocab, opts.phrases));
  // Evidence: a cluster's 40 most distinctive features, any overlap allowed.
  const evidence = ranked.map(
    (r) => new Map(r.slice(0, 40).map((x, rank) => [x.feature, rank] as const)),
  );
  const names = topicNames(defining, vocab);

  const sampleAt = new Map(sample.map((pos, i) => [pos, i]));
  const vectorAt = (i: number): SparseVector => {
    const s = sampleAt.get(i);
    if (s !== undefined) return sampleVectors[s]!;
    const p = paperPhrases(inputs[i]!.title, inputs[i]!.abstract);
    return vectorOf(featureCounts(p, vocab, opts.titleWeight), vocab, opts);
  };
  const memberships = inputs.map((_, i) =>
    membershipOf(vectorAt(i), clustering.centroids, evidence, vocab.surface, opts.membership),
  );

  // Topics by size, largest first; a cluster no paper kept is dropped.
  const counts = new Int32Array(k);
  for (const ms of memberships) for (const m of ms) counts[m.topic]! += 1;
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => counts[c]! > 0)
    .sort((a, b) => counts[b]! - counts[a]! || a - b);
  const ids = uniqueSlugs(order.map((c) => names[c]!));
  const renumber = new Map(order.map((c, i) => [c, i]));
  const topics: Topic[] = order.map((c, i) => ({
    id: ids[i]!,
    name: names[c]!,
    phrases: defining[c]!.map((f) => vocab.surface[f]!),
    count: counts[c]!,
  }));
  const papers = memberships.map((ms) =>
    ms.flatMap((m) => {
      const topic = renumber.get(m.topic);
      return topic === undefined ? [] : [{ topic, evidence: m.evidence }];
    }),
  );
  return { topics, papers };
}
