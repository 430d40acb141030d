import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ViewState } from '../../lib/url/view-state';
import { decodeView, encodeView } from '../../lib/url/view-codec';
import { TAXONOMY } from '../../lib/taxonomy';

/**
 * Reads and writes the view in the URL. The URL holds every part of the view but the text being
 * typed, which it gets once typing pauses (use-search-text.ts).
 */
export function useViewState() {
  const { search } = useLocation();
  const navigate = useNavigate();
  // Topic ids are known once the corpus is read (setTopics): decode again when they arrive, so
  // `/?topic=<id>` opened directly is not read as an unknown filter while the corpus loads.
  const topics = TAXONOMY.topic;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- decodeView reads the topics set
  const { view, unknown } = useMemo(() => decodeView(search), [search, topics]);

  /** `replace` replaces the history entry (typing) instead of pushing one (a deliberate change). */
  const setView = useCallback(
    (patch: Partial<ViewState>, replace = false) => {
      // Any change other than paging starts again from the first page.
      const encoded = encodeView({ ...view, page: 1, ...patch });
      if (encoded === search) return;
      // The reader keeps their place (paging shows the new page's top, search-page.tsx).
      // flushSync: the router renders the new URL in the event itself, not as a transition, so a
      // control (a select arrowed through, a box ticked) never shows its old value between keys.
      navigate(
        { pathname: '/', search: encoded },
        { replace, preventScrollReset: true, flushSync: true },
      );
    },
    [view, search, navigate],
  );

  // The view as decoded has no unknown ids: written back, it drops them (on the same page).
  const clearUnknown = useCallback(() => setView({ page: view.page }, true), [setView, view.page]);

  return { view, unknown, search, setView, clearUnknown };
}
