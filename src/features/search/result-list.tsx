import type { RefObject } from 'react';
import type { Paper } from '../../lib/types';
import type { SearchHit } from '../../lib/search/search-types';
import { ResultItem } from './result-item';
import { moveResultFocus } from './use-keyboard';

interface Props {
  papers: Paper[];
  hits: SearchHit[];
  /** 0-based rank of the first hit, so numbering continues across pages. */
  start: number;
  terms: string[];
  /** The list's URL search, carried to the paper page for "back to results". */
  from: string;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function ResultList({ papers, hits, start, terms, from, searchRef }: Props) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys move focus between the links inside
    <ol
      className="result-list"
      aria-label="Search results"
      start={start + 1}
      onKeyDown={(e) => moveResultFocus(e, searchRef)}
    >
      {hits.map((h) => {
        const paper = papers[h.id];
        return paper ? <ResultItem key={paper.slug} paper={paper} terms={terms} from={from} /> : null;
      })}
    </ol>
  );
}
