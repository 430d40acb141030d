import { Link } from 'react-router';
import type { RelatedPaper } from '../../lib/types';
import type { LoadedCorpus } from '../../data/corpus-client';

export function RelatedPapers({
  related,
  corpus,
}: {
  related: RelatedPaper[];
  corpus: LoadedCorpus;
}) {
  const items = related.flatMap((r) => {
    const paper = corpus.bySlug.get(r.slug);
    return paper ? [{ paper, shared: r.shared }] : [];
  });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related papers</h2>
      <ol className="related-list">
        {items.map(({ paper, shared }) => (
          <li key={paper.slug}>
            <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>
            {shared.length > 0 && <span className="muted"> — shares: {shared.join(', ')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
