import { useState } from 'react';
import { AuthorLinks } from '../../components/author-links';

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
  if (authors.length === 0 && !year) return null;
  return (
    <p className="paper-byline">
      <AuthorLinks authors={authors} max={all ? Infinity : AUTHORS_SHOWN} />
      {year !== undefined && `${authors.length > 0 ? ' · ' : ''}${year}`}
      {!all && (
        <>
          {' '}
          <button type="button" className="button button--link" onClick={() => setAllOf(slug)}>
            Show all {authors.length.toLocaleString('en-US')} authors
          </button>
        </>
      )}
    </p>
  );
}
