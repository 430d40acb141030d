/**
 * Topics in the corpus build: discovery (src/lib/topics/) over the cleaned papers, then the
 * `topics` section of the curation. Sets each paper's `tags.topic` (main topic first) and returns
 * the topics table and the curation's warnings.
 */
import type { CorpusTopic, Paper } from '../../src/lib/types';
import { discoverTopics } from '../../src/lib/topics/discover-topics';
import { applyTopicCuration, NO_TOPIC_CURATION } from '../../src/lib/topics/curate-topics';
import type { TopicCuration } from '../../src/lib/topics/curate-topics';
import type { PhraseTable } from '../../src/lib/topics/topic-types';
import { sharedPhrases } from '../../src/lib/topics/shared-phrases';

export function addTopics(
  papers: Paper[],
  curation: TopicCuration = NO_TOPIC_CURATION,
): { topics: CorpusTopic[]; warnings: string[]; phrases: PhraseTable } {
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
      const shared = sharedPhrases(phrases, i, j);
      if (shared.length) r.shared = shared;
    }
  });
}
