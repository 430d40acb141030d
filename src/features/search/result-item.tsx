import { memo } from 'react';
import { Link } from 'react-router';
import type { PaperMeta } from '../../lib/corpus-format';
import { HighlightedText } from '../../components/highlighted-text';
import { snippet } from '../../lib/search/highlight';
import { labelOf } from '../../lib/taxonomy';
import { formatClaimSummary } from './claim-summary';
import { StarButton } from '../../components/star-button';

interface Props {
  paper: PaperMeta;
  /** Undefined while its details shard loads. */
  abstract: string | undefined;
  terms: string[];
  from: string;
}

function snippetOf(abstract: string, terms: string[]): string {
  return terms.length > 0 ? snippet(abstract, terms) : abstract.slice(0, 260) + (abstract.length > 260 ? '…' : '');
}

export const ResultItem = memo(function ResultItem({ paper, abstract, terms, from }: Props) {
  const text = abstract === undefined ? undefined : snippetOf(abstract, terms);
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
      {text === undefined ? (
        <p className="result-snippet result-snippet--loading" aria-hidden="true" />
      ) : (
        <p className="result-snippet">
          <HighlightedText text={text} terms={terms} />
        </p>
      )}
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
