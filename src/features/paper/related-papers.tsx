import { Link } from 'react-router';
import type { RelatedPaper } from '../../lib/types';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { labelOf } from '../../lib/taxonomy';

export function RelatedPapers({
  related,
  corpus,
  topics = [],
}: {
  related: RelatedPaper[];
  corpus: LoadedCorpus;
  /** This paper's topic ids: a related paper names the topics they have in common. */
  topics?: readonly string[];
}) {
  const items = related.flatMap((r) => {
    const paper = corpus.bySlug.get(r.slug);
    if (!paper) return [];
    const common = (paper.tags.topic ?? []).filter((t) => topics.includes(t.id));
    return [{ paper, shared: r.shared, common: common.map((t) => labelOf('topic', t.id)) }];
  });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related papers</h2>
      <ol className="related-list">
        {items.map(({ paper, shared, common }) => (
          <li key={paper.slug}>
            <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>
            {(shared.length > 0 || common.length > 0) && (
              <span className="muted">
                {' — '}
                {common.length > 0 && `topic: ${common.join(', ')}`}
                {common.length > 0 && shared.length > 0 && '; '}
                {shared.length > 0 && `shares: ${shared.join(', ')}`}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
