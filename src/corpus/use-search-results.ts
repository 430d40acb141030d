/**
 * The results window of a view, from the search client (search-client.ts), the plain React way:
 * an effect asks, the answer is state. Until the answer of a new view comes, the last one stays
 * on screen. Results are asked for again when the index moves from titles to full text, and when
 * the texts a pending exact-phrase check needed arrive.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { LoadedCorpus } from './corpus-client';
import type { HostPage, HostStatus } from './search-host';
import { encodeView } from '../lib/url/view-codec';
import type { ViewState } from '../lib/url/view-state';

const STARTING: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };

function useSearchStatus(corpus: LoadedCorpus | null): HostStatus {
  const client = corpus?.search;
  const subscribe = useCallback((l: () => void) => client?.subscribe(l) ?? (() => {}), [client]);
  return useSyncExternalStore(subscribe, () => client?.status() ?? STARTING);
}

export function useSearchResults(corpus: LoadedCorpus | null, view: ViewState, pageSize: number) {
  const status = useSearchStatus(corpus);
  // What an answer answers: the view as its URL says it, and what the index had then.
  const [answer, setAnswer] = useState<{ asked: string; texts: number; page: HostPage } | null>(
    null,
  );
  const offsetOf = (v: ViewState) => (Math.max(1, v.page) - 1) * pageSize;
  const keyOf = (v: ViewState, viewKey = encodeView(v)) =>
    `${viewKey}|${offsetOf(v)}|${pageSize}|${status.phase}`;
  const viewKey = useMemo(() => encodeView(view), [view]);
  const asked = keyOf(view, viewKey);
  // Texts an exact phrase lacked have arrived since: ask again.
  const stale = answer?.page.pending === true && answer.texts !== status.textsVersion;
  // The last view asked of the client, answered or not: it is not asked twice.
  const asking = useRef<string>(undefined);
  /** An answer at hand is set at once; otherwise it is set when the host's comes. */
  const ask = (next: ViewState, key: string) => {
    const texts = status.textsVersion;
    asking.current = key;
    const now = corpus?.search.searchNow(next, offsetOf(next), pageSize);
    if (now) return setAnswer({ asked: key, texts, page: now });
    // A superseded search answers null; a failed one leaves the status to say why.
    corpus?.search.search(next, offsetOf(next), pageSize).then(
      (page) => page && setAnswer({ asked: key, texts, page }),
      () => {},
    );
  };
  // A layout effect: an answer the client has at once renders before the browser paints the key
  // that asked for it, in the same frame (search-client.ts, WORKER_FROM).
  useLayoutEffect(() => {
    // Asked already (by the key's handler, or before the URL caught up with the box).
    if (!corpus || (asking.current === asked && !stale)) return;
    ask(view, asked);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `asked` stands for the view, offset, size and index state
  }, [corpus, asked, stale]);
  /**
   * For a key's handler, with the view the key makes: an answer at hand renders with the key's
   * own render, one render instead of two, and one from the worker is on its way before React
   * renders the key (the effect then finds it asked).
   */
  const askNow = (next: ViewState) => ask(next, keyOf(next));
  // `current`: the results shown answer this view (not the one before it).
  return { results: answer?.page ?? null, current: answer?.asked === asked, status, askNow };
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
