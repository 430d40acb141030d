/**
 * The results window of a view, from the search client (search-client.ts). Until an index is
 * ready, a view without search text is answered from the list tables in the page (the list shows
 * at once); a view with text keeps the last results. Results are asked for again when the index
 * moves from titles to full text, and when the texts a pending exact-phrase check needed arrive.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LoadedCorpus } from './corpus-client';
import type { HostPage, HostStatus } from './search-host';
import { isEmptyQuery, parseQuery } from '../lib/search/query';
import { searchPage } from '../lib/search/pipeline';
import { viewOrder } from './view-order';
import type { ViewState } from '../lib/url/view-state';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const STARTING: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };

/**
 * The search status. With `relevant` false the page does not follow it (no re-render): a page-mode
 * list without search text looks the same before and after the index is built, and re-rendering
 * it then would only race with what the reader is doing (ticking a filter, say).
 */
export function useSearchStatus(corpus: LoadedCorpus | null, relevant = true): HostStatus {
  const client = corpus?.search;
  const subscribe = useCallback((l: () => void) => client?.subscribe(l) ?? (() => {}), [client]);
  return useSyncExternalStore(subscribe, () =>
    relevant ? (client?.status() ?? STARTING) : STARTING,
  );
}

export function useSearchResults(corpus: LoadedCorpus | null, view: ViewState, pageSize: number) {
  const client = corpus?.search;
  const status = useSearchStatus(
    corpus,
    client?.mode === 'worker' || !isEmptyQuery(parseQuery(view.q)),
  );
  const subscribeResults = useCallback(
    (l: () => void) => client?.subscribeResults(l) ?? (() => {}),
    [client],
  );
  // Worker mode: whatever answer is newest (the keystroke itself asked for it) is shown at once.
  const latest = useSyncExternalStore(subscribeResults, () => client?.latest() ?? null);
  const [fallback, setFallback] = useState<HostPage | null>(null);
  const offset = (Math.max(1, view.page) - 1) * pageSize;
  const textsKey = latest?.pending ? status.textsVersion : 0;
  // The page mode answers during render: one render per keystroke, no round trip.
  const now = useMemo(
    () => client?.searchNow(view, offset, pageSize),
    // status: the index became ready or complete, or phrase texts arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, view, offset, pageSize, status.phase, status.textsVersion],
  );
  useEffect(() => {
    if (!corpus || now) return;
    let live = true;
    void corpus.search.search(view, offset, pageSize).then((page) => {
      // Until an index is ready, a view without search text is answered from the list tables.
      if (live && page === undefined && isEmptyQuery(parseQuery(view.q))) {
        setFallback({
          ...searchPage(corpus.listTables(), view, offset, pageSize),
          partial: false,
          pending: false,
        });
      }
    });
    return () => {
      live = false;
    };
  }, [corpus, now, view, offset, pageSize, status.phase, textsKey]);
  return { results: useStableTerms(now ?? latest ?? fallback), status };
}

/** Same terms, same array: result items (memoised) then skip re-highlighting. */
function useStableTerms(page: HostPage | null): HostPage | null {
  const last = useRef<readonly string[]>([]);
  if (!page) return page;
  if (sameList(last.current, page.matchedTerms))
    return { ...page, matchedTerms: last.current as string[] };
  last.current = page.matchedTerms;
  return page;
}

/** Every result of a view in order (paper positions); null until known. */
export function useViewOrder(corpus: LoadedCorpus, view: ViewState): Uint32Array | null {
  const status = useSearchStatus(corpus);
  const [order, setOrder] = useState<{ view: ViewState; ids: Uint32Array } | null>(null);
  useEffect(() => {
    let live = true;
    viewOrder(corpus, view).then(
      (ids) => live && setOrder({ view, ids }),
      () => {},
    );
    return () => {
      live = false;
    };
    // status.phase: titles-only results become full-text ones.
  }, [corpus, view, status.phase]);
  return order?.view === view ? order.ids : null;
}
