import { useState } from 'react';
import { AuthorByline } from '../../components/author-byline';

/** Authors named before "Show all": a collaboration's thousands would push the abstract away. */
const AUTHORS_SHOWN = 30;

interface Props {
  slug: string;
  authors: readonly string[];
  /** Shown after the names; undefined where the page says it elsewhere. */
  year: number | undefined;
}

/** The authors, each a link to the listing's papers by them, and the year. */
export function PaperByline({ slug, authors, year }: Props) {
  const [allOf, setAllOf] = useState<string | null>(null);
  const all = allOf === slug || authors.length <= AUTHORS_SHOWN;
  return (
    <AuthorByline
      className="paper-byline"
      authors={authors}
      year={year}
      max={all ? Infinity : AUTHORS_SHOWN}
    >
      {!all && (
        <>
          {' '}
          <button type="button" className="button button--link" onClick={() => setAllOf(slug)}>
            Show all {authors.length.toLocaleString('en-US')} authors
          </button>
        </>
      )}
    </AuthorByline>
  );
}
