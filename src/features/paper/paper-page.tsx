import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Paper } from '../../lib/types';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { RichText } from '../../components/rich-text';
import { CopyLinkButton } from './copy-link-button';
import { PaperLinks } from './paper-links';
import { PaperTags, type Why } from './paper-tags';
import { RelatedPapers } from './related-papers';
import { ClaimChips } from './claim-chips';
import { StarButton } from '../../components/star-button';
import { FindLinkList } from '../../components/find-links';
import { formatPostedMonth, postedMonth } from '../../lib/paper-ids/id-format';
import { PaperByline } from './paper-byline';
import { CopyCitationButton } from './copy-citation-button';

interface Props {
  paper: Paper;
  corpus: LoadedCorpus;
  /** The paper on the map (the map's own feature, composed in by the route). */
  mapThumbnail?: ReactNode;
}

export function PaperPage({ paper, corpus, mapThumbnail }: Props) {
  useDocumentTitle(paper.name ?? paper.title);
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const backTo = typeof from === 'string' && from.startsWith('?') ? `/${from}` : '/';
  const [why, setWhy] = useState<Why | null>(null);
  // A paper opened is a new page: keyboard and screen-reader users start at its title, not <body>.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [paper.slug]);
  const posted = paper.arxiv ? postedMonth(paper.arxiv) : undefined;

  return (
    <main id="main" className="page paper-page">
      <p className="back">
        <Link to={backTo}>← Back to {backTo === '/' ? 'all papers' : 'your results'}</Link>
      </p>
      <article aria-labelledby="paper-title">
        <h1 id="paper-title" ref={heading} tabIndex={-1}>
          {paper.title}
        </h1>
        <PaperByline
          slug={paper.slug}
          authors={paper.authors ?? []}
          // The year where the arXiv month below does not say it (a venue's year may differ).
          year={posted?.year === paper.year ? undefined : paper.year}
        />
        <div className="paper-meta">
          {paper.name && <span className="paper-name">{paper.name}</span>}
          <span className="muted">
            No. {paper.index + 1} of {corpus.papers.length} in the listing
          </span>
          {posted && (
            <span className="muted">First posted on arXiv {formatPostedMonth(posted)}</span>
          )}
          <StarButton slug={paper.slug} title={paper.title} variant="full" />
          <CopyLinkButton />
          <CopyCitationButton paper={paper} />
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
        <section aria-labelledby="find-heading" className="find-section">
          <h2 id="find-heading">Find this paper</h2>
          <FindLinkList paper={paper} />
        </section>
        <PaperTags tags={paper.tags} why={why} onWhy={setWhy} />
        <ClaimChips claims={paper.claims} />
        <PaperLinks links={paper.links} />
        <RelatedPapers
          related={paper.related}
          corpus={corpus}
          topics={(paper.tags.topic ?? []).map((t) => t.id)}
        />
        {mapThumbnail}
      </article>
    </main>
  );
}
