import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { correctedQuery } from '../../lib/search/query-correction';
import type { QueryNotes } from '../../lib/search/query-notes';
import type { ViewState } from '../../lib/url/view-state';
import { encodeView } from '../../lib/url/view-codec';
import '../../styles/query-note.css';

interface Props {
  notes: QueryNotes;
  relaxed: boolean;
  view: ViewState;
}

const quoted = (words: readonly string[], sep: string) => words.map((w) => `“${w}”`).join(sep);

function list(words: readonly string[]): ReactNode {
  return words.map((w, i) => (
    <Fragment key={`${i}-${w}`}>
      {i > 0 && ', '}
      <strong>{w}</strong>
    </Fragment>
  ));
}

/** The typed query with each corrected word in bold: "Did you mean **sparse** attention?". */
function suggestionText(q: string, corrections: readonly [string, string][]): ReactNode {
  const fixed = new Set(corrections.map(([, c]) => c));
  return q
    .trim()
    .split(/(\s+)/)
    .map((token, i) => (fixed.has(token) ? <strong key={i}>{token}</strong> : token));
}

/**
 * Says when the search did not take the words as typed: a word that matched no paper, a word
 * matched through close spellings only, or the fall-back to papers matching any word. Offers the
 * corrected query as a link (the corrections come from the index's own vocabulary).
 */
export function QueryNote({ notes, relaxed, view }: Props) {
  const { unmatched, corrections } = notes;
  const corrected = correctedQuery(view.q, corrections);
  // After the fall-back to any word, only the words that matched nothing are named.
  const respelled = relaxed ? [] : notes.respelled.filter((w) => !unmatched.includes(w));
  return (
    <p className="query-note" role="note">
      {relaxed && (
        <>
          No paper matches all of: {list(notes.words)}.{' '}
          {unmatched.length > 0 &&
            `${quoted(unmatched, ', ')} ${unmatched.length === 1 ? 'matches' : 'match'} no paper. `}
          Showing papers that match any.
        </>
      )}
      {!relaxed && unmatched.length > 0 && `No paper contains ${quoted(unmatched, ' or ')}.`}
      {respelled.length > 0 &&
        `${unmatched.length > 0 ? ' ' : ''}No paper contains ${quoted(respelled, ' or ')}: showing close spellings.`}
      {notes.longForms.map(
        ([word, long]) => ` “${word}” also finds papers that write out “${long}”.`,
      )}
      {corrected !== undefined && (
        <>
          {' '}
          Did you mean{' '}
          <Link to={`/${encodeView({ ...view, q: corrected, page: 1 })}`}>
            {suggestionText(corrected, corrections)}
          </Link>
          ?
        </>
      )}
    </p>
  );
}
