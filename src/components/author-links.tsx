import { Fragment } from 'react';
import { Link } from 'react-router';
import { authorHref } from '../lib/byline';

/** Authors, each a link to the listing's papers by them, then "et al." past `max`. */
export function AuthorLinks({
  authors,
  max = Infinity,
}: {
  authors: readonly string[];
  max?: number;
}) {
  const shown = authors.slice(0, max);
  return (
    <>
      {shown.map((name, i) => (
        <Fragment key={`${i}-${name}`}>
          {i > 0 && ', '}
          <Link to={authorHref(name)} title={`Papers by ${name} in this listing`}>
            {name}
          </Link>
        </Fragment>
      ))}
      {authors.length > shown.length && ' et al.'}
    </>
  );
}
