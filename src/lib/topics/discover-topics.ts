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
import { evenSample } from '../even-sample';
import { paperPhrases } from './phrases';
import type { PaperPhrases } from './phrases';
import { buildVocabulary, featureCounts } from './vocabulary';
import { placementReader } from './placement';
import type { Vocabulary } from './vocabulary';
import { countsOf, normalizeDense } from './sparse';
import type { FeatureCounts, SparseVector } from './sparse';
import { sphericalKMeans } from './kmeans';
import type { Clustering } from './kmeans';
import { spectralEmbedding } from './spectral';
import { clusterSizes, definingPhrases, nameFirst, rankPhrases, topicNames } from './name-topics';
import { isQualifier } from './word-class';
import { centroidTable, DEFAULT_MEMBERSHIP, membershipOf } from './membership';
import type { CentroidTable, MembershipOptions } from './membership';
import type {
  DiscoveredTopics,
  PhraseTable,
  Topic,
  TopicInput,
  TopicMembership,
} from './topic-types';

/** Top-level topics fit one 32-bit facet mask (facets/counts.ts), below the 40. */
export const MAX_TOPICS = 32;
/** Papers the phrase vocabulary is counted on. */
const SAMPLE_SIZE = 4000;
/** Papers the neighbour graph is built on (its cost grows with the square). */
const CLUSTER_SAMPLE = 1500;

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
  /** Group papers by k-means over a spectral embedding of their neighbour graph, or over the vectors. */
  method: 'spectral' | 'kmeans';
  neighbours: number;
  /** Longest phrases (in words) that count in a paper's vector; longer ones still name topics. */
  vectorWords: number;
  /** Spectral dimensions per topic (1: as many as topics). */
  embedRatio: number;
}

const DEFAULT_DISCOVER: DiscoverOptions = {
  seed: 13,
  titleWeight: 3,
  phraseBoost: 1,
  maxShare: 0.4,
  membership: DEFAULT_MEMBERSHIP,
  phrases: 8,
  method: 'spectral',
  neighbours: 20,
  vectorWords: 4,
  embedRatio: 1,
};

/** About 8 topics at 100 papers, 17 at 500, never more than MAX_TOPICS. */
export function topicCount(papers: number): number {
  if (papers < 8) return Math.max(1, Math.ceil(papers / 2));
  return Math.min(MAX_TOPICS, Math.max(4, Math.round(0.8 * Math.sqrt(papers))));
}

/** Whether position j of n is among CLUSTER_SAMPLE evenly spaced ones. */
function samplePicked(j: number, n: number): boolean {
  return Math.floor((Math.ceil((j * CLUSTER_SAMPLE) / n) * n) / CLUSTER_SAMPLE) === j;
}

/** A paper's unit tf-idf vector (sublinear tf, multi-word phrases boosted). */
function vectorOf({ ids, counts }: FeatureCounts, vocab: Vocabulary, opts: DiscoverOptions) {
  const kept: number[] = [];
  const weights: number[] = [];
  ids.forEach((f, i) => {
    const words = vocab.words[f]!;
    if (words > opts.vectorWords) return;
    const idf = Math.log(vocab.sampleSize / vocab.df[f]!);
    kept.push(f);
    weights.push((1 + Math.log(counts[i]!)) * idf * (words > 1 ? opts.phraseBoost : 1));
  });
  const values = Float64Array.from(weights);
  normalizeDense(values);
  return { ids: Int32Array.from(kept), values };
}

/** Clusters of a spectral embedding, with centroids back in the phrase space (for membership). */
function spectralClusters(
  vectors: readonly SparseVector[],
  k: number,
  dims: number,
  opts: DiscoverOptions,
): Clustering {
  const embedded = spectralEmbedding(vectors, dims, Math.round(k * opts.embedRatio), {
    neighbours: opts.neighbours,
    seed: opts.seed,
  });
  const width = embedded[0]?.length ?? k;
  const all = Int32Array.from({ length: width }, (_, i) => i);
  const points = embedded.map((values) => ({ ids: all, values }));
  const grouped = sphericalKMeans(points, k, width, { seed: opts.seed });
  const centroids = Array.from({ length: k }, () => new Float64Array(dims));
  vectors.forEach((v, d) => {
    const c = centroids[grouped.assign[d]!]!;
    for (let i = 0; i < v.ids.length; i++) c[v.ids[i]!]! += v.values[i]!;
  });
  centroids.forEach(normalizeDense);
  return { ...grouped, centroids };
}

/**
 * What placing papers under the topics needs, found on the sample: plain data, so a build worker
 * can place some of the papers (scripts/corpus/topics.ts).
 */
export interface TopicPlacing {
  vocab: Vocabulary;
  opts: DiscoverOptions;
  table: CentroidTable;
  /** Vectors of the sampled papers by input position: read with every phrase length. */
  sampled: Map<number, SparseVector>;
}

/** Papers from one input position on: each one's features and 0–3 memberships. */
export interface PlacedPapers {
  features: Int32Array[];
  memberships: TopicMembership[][];
}

/** Places papers given with the input position of the first (one reader, reused call to call). */
export function topicPlacer({ vocab, opts, table, sampled }: TopicPlacing) {
  const read = placementReader(vocab, opts.titleWeight);
  return (inputs: readonly TopicInput[], from: number): PlacedPapers => {
    const features: Int32Array[] = [];
    const memberships = inputs.map((p, i) => {
      const v = sampled.get(from + i) ?? vectorOf(read(p.title, p.abstract), vocab, opts);
      features.push(v.ids);
      return membershipOf(v, table, vocab.surface, opts.membership);
    });
    return { features, memberships };
  };
}

/**
 * Topics found on the sample: what placing needs (null when there are no topics), and the finish
 * that names, orders and numbers them once every paper is placed.
 */
export interface TopicFinding {
  placing: TopicPlacing | null;
  finish(placed: PlacedPapers): DiscoveredTopics;
}

export function findTopics(
  inputs: readonly TopicInput[],
  options: Partial<DiscoverOptions> = {},
): TopicFinding {
  const opts = { ...DEFAULT_DISCOVER, ...options };
  const sample = evenSample(inputs.length, SAMPLE_SIZE);
  const samplePhrases: PaperPhrases[] = sample.map((i) =>
    paperPhrases(inputs[i]!.title, inputs[i]!.abstract),
  );
  const vocab = buildVocabulary(samplePhrases, { maxShare: opts.maxShare, minDf: 2 });
  const sampleVectors = samplePhrases.map((p) =>
    vectorOf(countsOf(featureCounts(p, vocab, opts.titleWeight)), vocab, opts),
  );
  const withFeatures = sampleVectors
    .flatMap((v, i) => (v.ids.length ? [i] : []))
    .filter((_, j, all) => all.length <= CLUSTER_SAMPLE || samplePicked(j, all.length));
  const k = Math.min(opts.k ?? topicCount(inputs.length), MAX_TOPICS, withFeatures.length);
  const phraseTable = (papers: Int32Array[]): PhraseTable => ({
    keys: vocab.keys,
    surface: vocab.surface,
    words: vocab.words,
    df: vocab.df,
    papers,
  });
  if (k < 1) {
    const none = { topics: [], papers: inputs.map(() => []), phrases: phraseTable([]) };
    return { placing: null, finish: () => none };
  }
  const clustered = withFeatures.map((i) => sampleVectors[i]!);
  const clustering =
    opts.method === 'kmeans'
      ? sphericalKMeans(clustered, k, vocab.keys.length, { seed: opts.seed })
      : spectralClusters(clustered, k, vocab.keys.length, opts);
  const clusterOf = new Int32Array(sample.length).fill(-1);
  withFeatures.forEach((i, j) => (clusterOf[i] = clustering.assign[j]!));
  const ranked = rankPhrases(
    sampleVectors.map((v) => Array.from(v.ids)),
    clusterOf,
    k,
    vocab,
  );
  const sizes = clusterSizes(clusterOf, k);
  const defining = ranked.map((r, c) =>
    nameFirst(definingPhrases(r, vocab, opts.phrases), r, sizes[c]!, vocab, isQualifier),
  );
  // Evidence: a cluster's 40 most distinctive features, any overlap allowed.
  const evidence = ranked.map((r) => r.slice(0, 40).map((x) => x.feature));
  const names = topicNames(defining, vocab);
  const placing: TopicPlacing = {
    vocab,
    opts,
    table: centroidTable(clustering.centroids, vocab.keys.length, evidence),
    sampled: new Map(sample.map((pos, i) => [pos, sampleVectors[i]!])),
  };

  const finish = ({ features, memberships }: PlacedPapers): DiscoveredTopics => {
    // Topics by size, largest first. Dropped: a cluster no paper kept, and one without a defining
    // phrase, which would name nothing (a 5-paper listing gave "Other (1)" twice).
    const counts = new Int32Array(k);
    for (const ms of memberships) for (const m of ms) counts[m.topic]! += 1;
    const order = Array.from({ length: k }, (_, c) => c)
      .filter((c) => counts[c]! > 0 && defining[c]!.length > 0)
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
    return { topics, papers, phrases: phraseTable(features) };
  };
  return { placing, finish };
}

/** Topics in one thread: found on the sample, then every paper placed. */
export function discoverTopics(
  inputs: readonly TopicInput[],
  options: Partial<DiscoverOptions> = {},
): DiscoveredTopics {
  const { placing, finish } = findTopics(inputs, options);
  const placed = placing ? topicPlacer(placing)(inputs, 0) : { features: [], memberships: [] };
  return finish(placed);
}
