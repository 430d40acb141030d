import type { MouseEvent, RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { LoadedCorpus } from '../../data/corpus-client';
import { usePaperDetails } from '../../data/use-paper-details';
import { ResultItem } from './result-item';
import { moveResultFocus } from './use-keyboard';
import { TermsContext } from './terms-context';

const SNIPPET_SETTLE_MS = 200;

interface Props {
  corpus: LoadedCorpus;
  /** Paper positions of the page, in order. */
  ids: number[];
  /** 0-based rank of the first hit, so numbering continues across pages. */
  start: number;
  terms: string[];
  /** The list's URL search, carried to the paper page for "back to results". */
  from: string;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The typed text: snippets wait until it stops changing. */
  activity: string;
}

export function ResultList({ corpus, ids, start, terms, from, searchRef, activity }: Props) {
  // Titles and tags come with the list; abstracts (for snippets) arrive with their shards, once
  // typing pauses.
  const details = usePaperDetails(corpus, ids, { settleMs: SNIPPET_SETTLE_MS, activity });
  const navigate = useNavigate();
  // One handler for every result link: a plain click opens the paper in the app, carrying the
  // list's URL for "back to results"; modified clicks keep the browser's own behaviour.
  const openPaper = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const link = (e.target as Element).closest('a[data-result-link]');
    const href = link?.getAttribute('href');
    if (!href) return;
    e.preventDefault();
    void navigate(href, { state: { from } });
  };
  return (
    <TermsContext.Provider value={terms}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys move focus between the links inside; clicks on them are routed here */}
      <ol
        className="result-list"
        aria-label="Search results"
        start={start + 1}
        onKeyDown={(e) => moveResultFocus(e, searchRef)}
        onClick={openPaper}
      >
        {ids.map((id) => {
          const paper = corpus.papers[id];
          return paper ? (
            <ResultItem key={paper.slug} paper={paper} abstract={details.get(id)?.abstract} />
          ) : null;
        })}
      </ol>
    </TermsContext.Provider>
  );
}
