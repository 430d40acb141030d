import { memo } from 'react';
import type { PaperMeta } from '../../lib/corpus-format';
import { HighlightedText, Marked } from '../../components/highlighted-text';
import { snippetSegments } from '../../lib/search/highlight';
import { labelOf } from '../../lib/taxonomy';
import { formatClaimSummary } from './claim-summary';
import { StarToggle } from '../../components/star-button';
import { FindMenu } from '../../components/find-menu';
import '../../styles/find-links.css';

interface Props {
  paper: PaperMeta;
  /** Terms to mark in the title and snippet. */
  terms: readonly string[];
  /** Undefined while its details shard loads. */
  abstract: string | undefined;
  /** In the reading list (read once by the list for all its items). */
  starred: boolean;
}

function Snippet({ abstract, terms }: { abstract: string; terms: readonly string[] }) {
  return (
    <p className="result-snippet">
      <Marked segments={snippetSegments(abstract, terms)} />
    </p>
  );
}

/**
 * The same links as the paper page's tags: each opens the view of its one value. A plain function,
 * not a component: a card's few tags cost no component of their own on the keystroke path.
 */
function tagLink(group: 'technique' | 'modality', id: string) {
  return (
    <li key={`${group}:${id}`}>
      {/* A plain link, routed by the list (result-list.tsx) like the title. */}
      <a
        className={group === 'modality' ? 'chip chip--modality' : 'chip'}
        href={`/?${group}=${encodeURIComponent(id)}`}
        data-tag-link=""
      >
        {labelOf(group, id)}
      </a>
    </li>
  );
}

const Tags = memo(function Tags({ paper }: { paper: PaperMeta }) {
  const summary = formatClaimSummary(paper.claims);
  return (
    <ul className="chip-list chip-list--small" aria-label="Tags">
      {paper.name && <li className="chip chip--name">{paper.name}</li>}
      {paper.tags.technique.map((t) => tagLink('technique', t.id))}
      {paper.tags.modality.map((t) => tagLink('modality', t.id))}
      {summary && <li className="chip chip--claim">{summary}</li>}
    </ul>
  );
});

export const ResultItem = memo(function ResultItem({ paper, terms, abstract, starred }: Props) {
  return (
    <li className="result">
      <div className="result-head">
        <h2 className="result-title">
          {/* A plain link: the list routes its clicks (result-list.tsx), which spares each of 25
              items a router Link and its hooks on every mount. */}
          <a href={`/paper/${paper.slug}`} data-result-link="">
            <HighlightedText text={paper.title} terms={terms} />
          </a>
        </h2>
        <div className="result-actions">
          <FindMenu paper={paper} />
          <StarToggle slug={paper.slug} title={paper.title} starred={starred} />
        </div>
      </div>
      {abstract === undefined ? (
        <p className="result-snippet result-snippet--loading" aria-hidden="true" />
      ) : (
        <Snippet abstract={abstract} terms={terms} />
      )}
      <Tags paper={paper} />
    </li>
  );
});
