import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { authorHref } from '../../lib/byline';

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
  const shown = all ? authors : authors.slice(0, AUTHORS_SHOWN);
  if (shown.length === 0 && !year) return null;
  return (
    <p className="paper-byline">
      {shown.map((name, i) => (
        <Fragment key={`${i}-${name}`}>
          {i > 0 && ', '}
          <Link to={authorHref(name)} title={`Papers by ${name} in this listing`}>
            {name}
          </Link>
        </Fragment>
      ))}
      {!all && ' et al.'}
      {year !== undefined && `${shown.length > 0 ? ' · ' : ''}${year}`}
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
