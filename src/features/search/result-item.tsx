import { memo } from 'react';
import { Link } from 'react-router';
import type { Paper } from '../../lib/types';
import { HighlightedText } from '../../components/highlighted-text';
import { snippet } from '../../lib/search/highlight';
import { labelOf } from '../../lib/taxonomy';
import { formatClaimSummary } from './claim-summary';
import { StarButton } from '../../components/star-button';

interface Props {
  paper: Paper;
  terms: string[];
  from: string;
}

export const ResultItem = memo(function ResultItem({ paper, terms, from }: Props) {
  const text = terms.length > 0 ? snippet(paper.abstract, terms) : paper.abstract.slice(0, 260) + (paper.abstract.length > 260 ? '…' : '');
  const summary = formatClaimSummary(paper.claims);
  return (
    <li className="result">
      <div className="result-head">
        <h2 className="result-title">
          <Link to={`/paper/${paper.slug}`} state={{ from }} data-result-link="">
            <HighlightedText text={paper.title} terms={terms} />
          </Link>
        </h2>
        <StarButton slug={paper.slug} title={paper.title} />
      </div>
      <p className="result-snippet">
        <HighlightedText text={text} terms={terms} />
      </p>
      <ul className="chip-list chip-list--small" aria-label="Tags">
        {paper.name && <li className="chip chip--name">{paper.name}</li>}
        {paper.tags.technique.map((t) => (
          <li key={t.id} className="chip">
            {labelOf('technique', t.id)}
          </li>
        ))}
        {paper.tags.modality.map((t) => (
          <li key={t.id} className="chip chip--modality">
            {labelOf('modality', t.id)}
          </li>
        ))}
        {summary && <li className="chip chip--claim">{summary}</li>}
      </ul>
    </li>
  );
});
