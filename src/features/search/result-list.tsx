import { useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { useReadingList } from '../../stores/reading-list-store';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { usePaperDetails } from '../../corpus/use-paper-details';
import { ResultItem } from './result-item';
import { moveResultFocus } from './use-keyboard';
import { useViewportFirst } from './use-viewport-first';

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
  // Results that change under a reader's keyboard are all rendered at once, keeping the focus.
  const focused = listRef.current?.contains(document.activeElement) ?? false;
  const rows = useMemo(() => ({ ids, terms }), [ids, terms]);
  const { fresh, kept } = useViewportFirst(rows, listRef, focused);
  const navigate = useNavigate();
  // One handler for every link in the list: a plain click opens the paper (carrying the list's
  // URL for "back to results") or the tag's view in the app; modified clicks keep the browser's
  // own behaviour.
  const openPaper = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const link = (e.target as Element).closest('a[data-result-link], a[data-tag-link]');
    const href = link?.getAttribute('href');
    if (!href) return;
    e.preventDefault();
    void navigate(href, link?.hasAttribute('data-result-link') ? { state: { from } } : undefined);
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys move focus between the links inside; clicks on them are routed here
    <ol
      ref={listRef}
      className="result-list"
      aria-label="Search results"
      start={start + 1}
      onKeyDown={(e) => moveResultFocus(e, searchRef)}
      onClick={openPaper}
    >
      {/* One flat array: an item kept from the last render keeps its node. */}
      {(kept ? [fresh, kept] : [fresh]).flatMap((part) =>
        part.ids.map((id) => {
          const paper = corpus.papers[id];
          return paper ? (
            <ResultItem
              key={paper.slug}
              paper={paper}
              terms={part.terms}
              abstract={details.get(id)?.abstract}
              starred={starred.has(paper.slug)}
            />
          ) : null;
        }),
      )}
    </ol>
  );
}
