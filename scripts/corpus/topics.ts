/**
 * Topics in the corpus build: discovery (src/lib/topics/) over the cleaned papers, then the
 * `topics` section of the curation. Sets each paper's `tags.topic` (main topic first) and returns
 * the topics table and the curation's warnings.
 */
import type { CorpusTopic, Paper } from '../../src/lib/types';
import { discoverTopics } from '../../src/lib/topics/discover-topics';
import { applyTopicCuration, NO_TOPIC_CURATION } from '../../src/lib/topics/curate-topics';
import type { TopicCuration } from '../../src/lib/topics/curate-topics';

export function addTopics(
  papers: Paper[],
  curation: TopicCuration = NO_TOPIC_CURATION,
): { topics: CorpusTopic[]; warnings: string[] } {
  const found = discoverTopics(papers);
  const curated = applyTopicCuration(
    found.topics,
    found.papers.map((list) =>
      list.map((m) => ({ id: found.topics[m.topic]!.id, evidence: m.evidence })),
    ),
    (i) => `${papers[i]!.title}\n${papers[i]!.abstract}`,
    curation,
  );
  papers.forEach((p, i) => (p.tags.topic = curated.papers[i] ?? []));
  return { topics: curated.topics, warnings: curated.warnings };
}
