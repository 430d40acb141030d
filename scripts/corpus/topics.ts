/**
 * Topics in the corpus build: discovery (src/lib/topics/) over the cleaned papers, then the
 * `topics` section of the curation. Sets each paper's `tags.topic` (main topic first) and returns
 * the topics table and the curation's warnings.
 */
import type { CorpusTopic, Paper } from '../../src/lib/types';
import { findTopics, topicPlacer } from '../../src/lib/topics/discover-topics';
import type { PlacedPapers, TopicPlacing } from '../../src/lib/topics/discover-topics';
import { applyTopicCuration, NO_TOPIC_CURATION } from '../../src/lib/topics/curate-topics';
import type { TopicCuration } from '../../src/lib/topics/curate-topics';
import type { DiscoveredTopics, PhraseTable } from '../../src/lib/topics/topic-types';
import { sharedPhrases } from '../../src/lib/topics/shared-phrases';
import type { VectorTask } from './vector-task';

/** Pieces the papers are placed in, taken by this thread or the vector worker as each is free. */
const PLACE_PIECES = 40;

/**
 * Places the papers here and in the vector worker, which would otherwise idle once its related
 * papers are done. At 100k papers it is free 8.5 s into topics and places 17 of the 40 pieces:
 * topics 17.3 → 15.0–15.7 s (BENCHMARKS.md).
 */
async function placeShared(
  placing: TopicPlacing,
  papers: readonly Paper[],
  remote: NonNullable<VectorTask['placer']>,
): Promise<PlacedPapers> {
  const size = Math.ceil(papers.length / PLACE_PIECES);
  const pieces: PlacedPapers[] = [];
  let next = 0;
  const take = (): number => (next < papers.length ? (next += size) - size : -1);
  const started = remote.start(placing);
  // Two pieces in flight once it is free: it starts the next while this thread reads an answer.
  const worker = async () => {
    await started;
    for (let from = take(); from >= 0; from = take()) {
      const inputs = papers
        .slice(from, from + size)
        .map((p) => ({ title: p.title, abstract: p.abstract }));
      pieces[from / size] = await remote.place(inputs, from);
    }
  };
  const remoteDone = Promise.all([worker(), worker()]);
  remoteDone.catch(() => {}); // awaited below, once this thread's pieces are placed
  const place = topicPlacer(placing);
  for (let from = take(); from >= 0; from = take()) {
    pieces[from / size] = place(papers.slice(from, from + size), from);
    // Lets the worker's answers in, so it is sent its next piece.
    await new Promise((go) => setImmediate(go));
  }
  await remoteDone;
  return {
    features: pieces.flatMap((p) => p.features),
    memberships: pieces.flatMap((p) => p.memberships),
  };
}

type TopicsResult = { topics: CorpusTopic[]; warnings: string[]; phrases: PhraseTable };

/** Topics with every paper placed in this thread. */
export function addTopics(papers: Paper[], curation = NO_TOPIC_CURATION): TopicsResult {
  const { placing, finish } = findTopics(papers);
  return curated(papers, finish(placing ? topicPlacer(placing)(papers, 0) : NO_PAPERS), curation);
}

/** Topics with the papers placed here and in the vector worker (placeShared): the same result. */
export async function addTopicsShared(
  papers: Paper[],
  remote: NonNullable<VectorTask['placer']>,
  curation = NO_TOPIC_CURATION,
): Promise<TopicsResult> {
  const { placing, finish } = findTopics(papers);
  const placed = placing ? await placeShared(placing, papers, remote) : NO_PAPERS;
  return curated(papers, finish(placed), curation);
}

const NO_PAPERS: PlacedPapers = { features: [], memberships: [] };

/** Sets each paper's `tags.topic` from the topics found and the curation. */
function curated(papers: Paper[], found: DiscoveredTopics, curation: TopicCuration): TopicsResult {
  const curated = applyTopicCuration(
    found.topics,
    found.papers.map((list) =>
      list.map((m) => ({ id: found.topics[m.topic]!.id, evidence: m.evidence })),
    ),
    (i) => `${papers[i]!.title}\n${papers[i]!.abstract}`,
    curation,
  );
  papers.forEach((p, i) => (p.tags.topic = curated.papers[i] ?? []));
  return { topics: curated.topics, warnings: curated.warnings, phrases: found.phrases };
}

/**
 * Related papers explain themselves with the phrases both hold (shared-phrases.ts); a pair with
 * no shared phrase keeps the words the similarity found.
 */
export function explainRelated(papers: Paper[], phrases: PhraseTable): void {
  const at = new Map(papers.map((p, i) => [p.slug, i]));
  papers.forEach((p, i) => {
    for (const r of p.related) {
      const j = at.get(r.slug);
      if (j === undefined) continue;
      const shared = sharedPhrases(phrases, i, j, r.shared);
      if (shared.length) r.shared = shared;
    }
  });
}
