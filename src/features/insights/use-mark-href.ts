import { useCallback } from 'react';
import type { ViewState } from '../../lib/url/view-state';
import type { FacetTag } from '../../lib/insights/mark-target';
import { markHref } from '../../lib/insights/mark-href';

export type HrefFor = (tags: FacetTag[]) => string;

/** Mark links keep the current query and filters (mark-target.ts explains when a mark opens a list). */
export function useMarkHref(view: ViewState): HrefFor {
  return useCallback((tags: FacetTag[]) => markHref(view, tags), [view]);
}
