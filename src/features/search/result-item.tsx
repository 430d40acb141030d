import { memo } from 'react';
import { Link } from 'react-router';
import type { PaperDetails, PaperMeta } from '../../lib/corpus-format';
import { formatByline } from '../../lib/byline';
import { HighlightedText, Marked } from '../../components/highlighted-text';
import { snippetSegments } from '../../lib/search/highlight';
import { matchRanges } from '../../lib/search/match-ranges';
import { labelOf } from '../../lib/taxonomy';
import { formatClaimSummary } from '../../lib/claims/claim-summary';
import { StarToggle } from '../../components/star-button';
import { FindMenu } from '../../components/find-menu';
import '../../styles/find-links.css';

interface Props {
  paper: PaperMeta;
  /** Terms to mark in the title and snippet. */
  terms: readonly string[];
  /** Undefined while its details shard loads. */
  details: PaperDetails | undefined;
  /** In the reading list (read once by the list for all its items). */
  starred: boolean;
  /** The list's URL search, carried to the paper page for "back to results". */
  from: string;
  /** The group whose values the card shows beside the modalities: the panel's leading one. */
  lead: 'technique' | 'topic';
}

/** The same links as the paper page's tags: each opens the view of its one value. */
function tagLink(group: Props['lead'] | 'modality', id: string) {
  return (
    <li key={`${group}:${id}`}>
      <Link
        className={group === 'modality' ? 'chip chip--modality' : 'chip'}
        to={`/?${group}=${encodeURIComponent(id)}`}
      >
        {labelOf(group, id)}
      </Link>
    </li>
  );
}

const Tags = memo(function Tags({ paper, lead }: Pick<Props, 'paper' | 'lead'>) {
  const summary = formatClaimSummary(paper.claims);
  return (
    <ul className="chip-list chip-list--small" aria-label="Tags">
      {paper.name && <li className="chip chip--name">{paper.name}</li>}
      {(paper.tags[lead] ?? []).map((t) => tagLink(lead, t.id))}
      {paper.tags.modality.map((t) => tagLink('modality', t.id))}
      {summary && <li className="chip chip--claim">{summary}</li>}
    </ul>
  );
});

export const ResultItem = memo(function ResultItem({
  paper,
  terms,
  details,
  starred,
  from,
  lead,
}: Props) {
  // An author the search matched is named even past the first three.
  const matched = (name: string) => matchRanges(name, terms).length > 0;
  const byline = formatByline(details?.authors, paper.year, 3, matched);
  return (
    <li className="result">
      <div className="result-head">
        <h2 className="result-title">
          <Link to={`/paper/${paper.slug}`} state={{ from }} data-result-link="">
            <HighlightedText text={paper.title} terms={terms} />
          </Link>
        </h2>
        <div className="result-actions">
          <FindMenu paper={paper} />
          <StarToggle slug={paper.slug} title={paper.title} starred={starred} />
        </div>
      </div>
      {byline && (
        <p className="result-byline">
          <HighlightedText text={byline} terms={terms} />
        </p>
      )}
      {paper.missingAbstract ? null : details === undefined ? (
        <p className="result-snippet result-snippet--loading" aria-hidden="true" />
      ) : (
        <p className="result-snippet">
          <Marked segments={snippetSegments(details.abstract, terms)} />
        </p>
      )}
      <Tags paper={paper} lead={lead} />
    </li>
  );
});
