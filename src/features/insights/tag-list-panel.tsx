import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { PaperMeta } from '../../lib/corpus-format';
import type { ViewState } from '../../lib/url/view-state';
import { encodeTagList, papersWithAll, type FacetTag } from '../../lib/insights/mark-target';
import { insightsHref, searchHref, TAG_LIST_ID } from '../../lib/insights/mark-href';
import { labelOf } from '../../lib/taxonomy';

interface Props {
  tags: FacetTag[];
  papers: PaperMeta[];
  view: ViewState;
}

const tagLabel = (t: FacetTag) => labelOf(t.group, t.id);

/**
 * The papers in view carrying all of some tags: where a chart mark leads when the search URL,
 * which ORs values of one group, cannot express its set.
 */
export function TagListPanel({ tags, papers, view }: Props) {
  const list = papersWithAll(papers, tags);
  const heading = useRef<HTMLHeadingElement>(null);
  const key = encodeTagList(tags);
  useEffect(() => {
    // Arriving from a chart mark: take the reader (and focus) to the list it opened.
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [key]);

  return (
    <section
      id={TAG_LIST_ID}
      className="insight tag-list"
      aria-labelledby={`${TAG_LIST_ID}-heading`}
    >
      <h2 id={`${TAG_LIST_ID}-heading`} ref={heading} tabIndex={-1}>
        Papers in view with {tags.map(tagLabel).join(' and ')}
      </h2>
      <p>
        {list.length} {list.length === 1 ? 'paper' : 'papers'}.{' '}
        <Link to={insightsHref(view)}>Close this list</Link>
      </p>
      {list.length > 0 && (
        <ol className="tag-list-papers">
          {list.map((p) => (
            <li key={p.slug}>
              <Link to={`/paper/${encodeURIComponent(p.slug)}`}>{p.title}</Link>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">
        The search page combines values of one kind with “or”, so it cannot show exactly this list.
        Each tag in search, with the other filters kept:{' '}
        {tags.map((t, i) => (
          <span key={`${t.group}:${t.id}`}>
            {i > 0 && ', '}
            <Link to={searchHref({ ...view, [t.group]: [t.id] })}>{tagLabel(t)}</Link>
          </span>
        ))}
        .
      </p>
    </section>
  );
}
