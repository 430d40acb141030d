import { useCallback, useMemo, useState } from 'react';
import type { ViewState } from '../../lib/url/view-state';

/**
 * The view to show: the URL's, or a change just made (a key, a ticked filter) whose URL update the
 * router has not rendered yet. The router renders URL changes as a deferred transition; showing
 * the change in the event's own render keeps controls and results in step with the reader. Once
 * the URL moves on (to this change, or elsewhere with Back), the change is dropped: the URL rules,
 * also when Back or Forward returns to the address the change was made from.
 */
export function usePendingView(urlView: ViewState, search: string) {
  const [pending, setPending] = useState<{ patch: Partial<ViewState>; base: string } | null>(null);
  // Dropped during render (React re-renders at once, before anything is painted).
  if (pending && pending.base !== search) setPending(null);
  const view = useMemo(
    // As use-view-state.ts's setView computes the next view: any change but paging resets the page.
    () =>
      pending && pending.base === search ? { ...urlView, page: 1, ...pending.patch } : urlView,
    [urlView, pending, search],
  );
  const note = useCallback(
    (patch: Partial<ViewState>) => setPending({ patch, base: search }),
    [search],
  );
  return { view, note };
}
