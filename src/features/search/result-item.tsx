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
  return terms.length > 0
    ? snippet(abstract, terms)
    : abstract.slice(0, 260) + (abstract.length > 260 ? '…' : '');
}

// Highlighting depends on the text and terms only: memoised apart from the link, whose state
// (the list's URL) changes on every keystroke.
const Title = memo(HighlightedText);

const Body = memo(function Body({ paper, abstract, terms }: Omit<Props, 'from'>) {
  const text = abstract === undefined ? undefined : snippetOf(abstract, terms);
  const summary = formatClaimSummary(paper.claims);
  return (
    <>
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
    </>
  );
});

export const ResultItem = memo(function ResultItem({ paper, abstract, terms, from }: Props) {
  return (
    <li className="result">
      <div className="result-head">
        <h2 className="result-title">
          <Link to={`/paper/${paper.slug}`} state={{ from }} data-result-link="">
            <Title text={paper.title} terms={terms} />
          </Link>
        </h2>
        <StarButton slug={paper.slug} title={paper.title} />
      </div>
      <Body paper={paper} abstract={abstract} terms={terms} />
    </li>
  );
});
