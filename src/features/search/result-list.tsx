import { useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { useReadingList } from '../../stores/reading-list-store';
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
  const saved = useReadingList((s) => s.items);
  const starred = useMemo(() => new Set(saved.map((i) => i.slug)), [saved]);
  const listRef = useRef<HTMLOListElement>(null);
  const generation = useListGeneration(ids, listRef);
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
        key={generation}
        ref={listRef}
        className="result-list"
        aria-label="Search results"
        start={start + 1}
        onKeyDown={(e) => moveResultFocus(e, searchRef)}
        onClick={openPaper}
      >
        {ids.map((id) => {
          const paper = corpus.papers[id];
          return paper ? (
            <ResultItem
              key={paper.slug}
              paper={paper}
              abstract={details.get(id)?.abstract}
              starred={starred.has(paper.slug)}
            />
          ) : null;
        })}
      </ol>
    </TermsContext.Provider>
  );
}

/**
 * A number that changes when most of the results are new (a new query's first key, another page).
 * Keyed by it, the list is then built off the document and swapped in whole: one removal and one
 * insertion instead of 25 of each, on the keystroke's own time. Results that mostly stay (a
 * narrowing query) are still reconciled item by item, keeping their nodes; so is a list that holds
 * the focus (results that change under a reader's keyboard), so that a kept result keeps it.
 */
function useListGeneration(
  ids: readonly number[],
  list: RefObject<HTMLOListElement | null>,
): number {
  const last = useRef<{ ids: readonly number[]; generation: number }>({ ids: [], generation: 0 });
  const prev = last.current;
  if (prev.ids !== ids) {
    const before = new Set(prev.ids);
    const kept = ids.reduce((n, id) => (before.has(id) ? n + 1 : n), 0);
    const focused = list.current?.contains(document.activeElement) ?? false;
    const generation = kept * 2 < ids.length && !focused ? prev.generation + 1 : prev.generation;
    last.current = { ids, generation };
  }
  return last.current.generation;
}
