import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ViewState } from '../../lib/search/search-types';
import { decodeView, encodeView } from '../../lib/url/view-codec';

export interface ViewUpdate {
  /** Replace the history entry (typing) instead of pushing one (a deliberate change). */
  replace?: boolean;
}

/** The URL is the single source of truth for the view; this hook reads and writes it. */
export function useViewState() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const { view, unknown } = useMemo(() => decodeView(search), [search]);

  const setView = useCallback(
    (patch: Partial<ViewState>, opts: ViewUpdate = {}) => {
      // Any change other than paging starts again from the first page.
      const next: ViewState = { ...view, page: 1, ...patch };
      const encoded = encodeView(next);
      if (encoded === search || (encoded === '' && search === '')) return;
      // The reader keeps their place: a change of view is no new page (see search-page.tsx for
      // paging, which shows the top of the new page of results).
      navigate(
        { pathname: '/', search: encoded },
        { replace: opts.replace ?? false, preventScrollReset: true },
      );
    },
    [view, search, navigate],
  );

  const clearUnknown = useCallback(() => {
    navigate(
      { pathname: '/', search: encodeView(view) },
      { replace: true, preventScrollReset: true },
    );
  }, [view, navigate]);

  return { view, unknown, search, setView, clearUnknown };
}
