import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Paper } from '../../lib/types';
import type { LoadedCorpus } from '../../data/corpus-client';
import { useDocumentTitle } from '../../app/use-document-title';
import { RichText } from '../../components/rich-text';
import { CopyLinkButton } from './copy-link-button';
import { PaperLinks } from './paper-links';
import { PaperTags, type Why } from './paper-tags';
import { RelatedPapers } from './related-papers';
import { ClaimChips } from './claim-chips';
import { MapThumbnail } from './map-thumbnail';
import { StarButton } from '../../components/star-button';

export function PaperPage({ paper, corpus }: { paper: Paper; corpus: LoadedCorpus }) {
  useDocumentTitle(paper.name ?? paper.title);
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const backTo = typeof from === 'string' && from.startsWith('?') ? `/${from}` : '/';
  const [why, setWhy] = useState<Why | null>(null);

  return (
    <main id="main" className="page paper-page">
      <p className="back">
        <Link to={backTo}>← Back to {backTo === '/' ? 'all papers' : 'your results'}</Link>
      </p>
      <article aria-labelledby="paper-title">
        <h1 id="paper-title">{paper.title}</h1>
        <div className="paper-meta">
          {paper.name && <span className="paper-name">{paper.name}</span>}
          <span className="muted">#{paper.index + 1} in the collection</span>
          <StarButton slug={paper.slug} title={paper.title} variant="full" />
          <CopyLinkButton />
        </div>
        <section aria-label="Abstract" className="abstract">
          {paper.missingAbstract ? (
            <p className="muted">The listing had no abstract for this paper.</p>
          ) : (
            <p>
              <RichText text={paper.abstract} terms={why?.evidence ?? []} />
            </p>
          )}
        </section>
        <PaperTags tags={paper.tags} why={why} onWhy={setWhy} />
        <ClaimChips claims={paper.claims} />
        <PaperLinks links={paper.links} />
        <RelatedPapers related={paper.related} corpus={corpus} />
        <MapThumbnail corpus={corpus} index={paper.index} slug={paper.slug} />
      </article>
    </main>
  );
}
