/** Addresses of chart marks: the search view for a mark, or the list on /insights (see mark-target.ts). */
import type { ViewState } from '../url/view-state';
import { encodeView } from '../url/view-codec';
import { encodeTagList, markTarget, TAG_LIST_PARAM, type FacetTag } from './mark-target';

/** Anchor of the tag list on /insights, so its link lands on it. */
export const TAG_LIST_ID = 'tag-list';

function query(view: ViewState): string {
  return encodeView({ ...view, page: 1 }).replace(/^\?/, '');
}

export function searchHref(view: ViewState): string {
  const q = query(view);
  return q ? `/?${q}` : '/';
}

/** /insights for the same view, optionally opened on the list of papers carrying `tags`. */
export function insightsHref(view: ViewState, tags: readonly FacetTag[] = []): string {
  const params = [query(view)];
  if (tags.length > 0) params.push(`${TAG_LIST_PARAM}=${encodeURIComponent(encodeTagList(tags))}`);
  const q = params.filter(Boolean).join('&');
  return `/insights${q ? `?${q}` : ''}${tags.length > 0 ? `#${TAG_LIST_ID}` : ''}`;
}

export function markHref(view: ViewState, tags: readonly FacetTag[]): string {
  const target = markTarget(view, tags);
  return target.kind === 'search' ? searchHref(target.view) : insightsHref(view, target.tags);
}
