import { Link } from 'react-router';
import type { ViewState } from '../../lib/url/view-state';
import type { UnknownValue } from '../../lib/url/view-codec';
import { insightsHref } from '../../lib/insights/mark-href';
import { TAG_LIST_PARAM, type FacetTag } from '../../lib/insights/mark-target';

interface Props {
  unknown: UnknownValue[];
  view: ViewState;
  listTags: FacetTag[];
}

/** Filters in the address that were not recognised and are ignored, with a way to drop them. */
export function UnknownFilters({ unknown, view, listTags }: Props) {
  // The codec knows the search page's parameters; the tag list parameter belongs to this page.
  const shown = unknown.filter(
    (u) => !(u.group === 'param' && u.value.split('=')[0] === TAG_LIST_PARAM),
  );
  if (shown.length === 0) return null;
  return (
    <div className="notice" role="alert">
      <p>
        {shown.length === 1
          ? 'A filter in this link was'
          : `${shown.length} filters in this link were`}{' '}
        not recognised and ignored:{' '}
        {shown.map((u) => `${u.group}=${u.value.slice(0, 40)}`).join(', ')}.
      </p>
      <Link to={insightsHref(view, listTags)} replace>
        Remove from the address
      </Link>
    </div>
  );
}
