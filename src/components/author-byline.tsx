import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { authorHref } from '../lib/byline';

interface Props {
  className: string;
  authors: readonly string[];
  year: number | undefined;
  /** Authors named before "et al.". */
  max?: number;
  /** After the line (a "Show all" control). */
  children?: ReactNode;
}

/**
 * A byline whose authors each link to the listing's papers by them: "A, B et al. · 2020", as
 * formatByline writes it in text; nothing when there is neither an author nor a year.
 */
export function AuthorByline({ className, authors, year, max = Infinity, children }: Props) {
  if (authors.length === 0 && year === undefined) return null;
  const shown = authors.slice(0, max);
  return (
    <p className={className}>
      {shown.map((name, i) => (
        <Fragment key={`${i}-${name}`}>
          {i > 0 && ', '}
          <Link to={authorHref(name)} title={`Papers by ${name} in this listing`}>
            {name}
          </Link>
        </Fragment>
      ))}
      {authors.length > shown.length && ' et al.'}
      {year !== undefined && `${authors.length > 0 ? ' · ' : ''}${year}`}
      {children}
    </p>
  );
}
