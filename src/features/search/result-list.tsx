import { useMemo, type RefObject } from 'react';
import { useReadingList } from '../../stores/reading-list-store';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { usePaperDetails } from '../../corpus/use-paper-details';
import { ResultItem } from './result-item';
import { moveResultFocus } from './use-keyboard';

interface Props {
  corpus: LoadedCorpus;
  /** Paper ids of the page, in order. */
  ids: number[];
  /** 0-based rank of the first hit, so numbering continues across pages. */
  start: number;
  terms: string[];
  /** The list's URL search, carried to the paper page for "back to results". */
  from: string;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function ResultList({ corpus, ids, start, terms, from, searchRef }: Props) {
  // Titles and tags come with the list; abstracts (for snippets) arrive with their shards.
  const details = usePaperDetails(corpus, ids);
  const saved = useReadingList((s) => s.items);
  const starred = useMemo(() => new Set(saved.map((i) => i.slug)), [saved]);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys move focus between the links inside
    <ol
      className="result-list"
      aria-label="Search results"
      start={start + 1}
      onKeyDown={(e) => moveResultFocus(e, searchRef)}
    >
      {ids.map((id) => {
        const paper = corpus.papers[id];
        return paper ? (
          <ResultItem
            key={paper.slug}
            paper={paper}
            terms={terms}
            abstract={details.get(id)?.abstract}
            starred={starred.has(paper.slug)}
            from={from}
          />
        ) : null;
      })}
    </ol>
  );
}
