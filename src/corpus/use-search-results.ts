/**
 * The results window of a view, from the search client (search-client.ts), the plain React way:
 * an effect asks, the answer is state. Until the answer of a new view comes, the last one stays
 * on screen. Results are asked for again when the index moves from titles to full text, and when
 * the texts a pending exact-phrase check needed arrive.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { LoadedCorpus } from './corpus-client';
import type { HostPage, HostStatus } from './search-host';
import type { ViewState } from '../lib/url/view-state';

const STARTING: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };

function useSearchStatus(corpus: LoadedCorpus | null): HostStatus {
  const client = corpus?.search;
  const subscribe = useCallback((l: () => void) => client?.subscribe(l) ?? (() => {}), [client]);
  return useSyncExternalStore(subscribe, () => client?.status() ?? STARTING);
}

export function useSearchResults(corpus: LoadedCorpus | null, view: ViewState, pageSize: number) {
  const status = useSearchStatus(corpus);
  const [answer, setAnswer] = useState<{ view: ViewState; page: HostPage } | null>(null);
  const offset = (Math.max(1, view.page) - 1) * pageSize;
  const textsKey = answer?.page.pending ? status.textsVersion : 0;
  useEffect(() => {
    // A superseded search answers null; a failed one leaves the status to say why.
    corpus?.search.search(view, offset, pageSize).then(
      (page) => page && setAnswer({ view, page }),
      () => {},
    );
  }, [corpus, view, offset, pageSize, status.phase, textsKey]);
  // `current`: the results shown answer this view (not the one before it).
  return { results: answer?.page ?? null, current: answer?.view === view, status };
}

/** Every result of a view in order (paper ids); null until known, and while `corpus` is null. */
export function useViewOrder(corpus: LoadedCorpus | null, view: ViewState): Uint32Array | null {
  const status = useSearchStatus(corpus);
  const [order, setOrder] = useState<{ view: ViewState; ids: Uint32Array } | null>(null);
  useEffect(() => {
    if (!corpus) return;
    let live = true;
    corpus.search.order(view).then(
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
