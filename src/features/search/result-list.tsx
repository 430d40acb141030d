import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { SNIPPET_SETTLE_MS } from '../../corpus/timing';
import { useReadingList } from '../../stores/reading-list-store';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { usePaperDetails } from '../../corpus/use-paper-details';
import { ResultItem } from './result-item';
import { moveResultFocus } from './use-keyboard';

/**
 * Items rendered with the key (about a 1280 × 720 screen's); the rest follow in a deferred render
 * the next key interrupts. Bench keystroke p95 with all 25 in the key's render: 12.4–18.4 ms at
 * 119 papers, 19.6–23.0 at 10k; with 6: 9.2–10.1 and 10.0–11.4 (three runs each, 4 December).
 */
const SCREEN_ITEMS = 6;

interface Props {
  corpus: LoadedCorpus;
  /** Paper ids of the page, in order. */
  ids: number[];
  /** 0-based rank of the first hit, so numbering continues across pages. */
  start: number;
  terms: string[];
  from: string;
  lead: 'technique' | 'topic';
}

/** `value` once it has stayed the same `ms` (at once the first time). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function ResultList({ corpus, ids, start, terms, from, lead }: Props) {
  // Abstracts (snippets) come with their shards, once the results have settled.
  const details = usePaperDetails(corpus, useSettled(ids, SNIPPET_SETTLE_MS));
  const saved = useReadingList((s) => s.items);
  const starred = useMemo(() => new Set(saved.map((i) => i.slug)), [saved]);
  // Until the deferred render, the rest keeps the items it had (same props: React skips them).
  const rows = useMemo(() => ({ ids, terms }), [ids, terms]);
  const later = useDeferredValue(rows);
  const head = ids.slice(0, SCREEN_ITEMS);
  const parts = [
    { ids: head, terms },
    { ids: later.ids.filter((id) => !head.includes(id)), terms: later.terms },
  ];
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys move focus between the links inside
    <ol
      className="result-list"
      aria-label="Search results"
      // The rows below the screen are still an earlier answer's until the deferred render.
      aria-busy={later !== rows}
      start={start + 1}
      onKeyDown={moveResultFocus}
    >
      {parts.flatMap((part) =>
        part.ids.map((id) => {
          const paper = corpus.papers[id];
          return paper ? (
            <ResultItem
              key={paper.slug}
              paper={paper}
              terms={part.terms}
              details={details.get(id)}
              starred={starred.has(paper.slug)}
              from={from}
              lead={lead}
            />
          ) : null;
        }),
      )}
    </ol>
  );
}
