/**
 * A view's results from the search client, the plain React way: the answer is state, and the last
 * one stays until the new view's comes (DESIGN.md, "Keystroke model"). They are asked again when
 * the index moves from titles to full text, and when texts a pending exact phrase lacked arrive.
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LoadedCorpus } from './corpus-client';
import { STARTING } from './search-client';
import type { HostPage, HostStatus } from './search-host';
import { encodeView } from '../lib/url/view-codec';
import type { ViewState } from '../lib/url/view-state';

const unsubscribed = () => () => {};

function useSearchStatus(corpus: LoadedCorpus | null): HostStatus {
  const client = corpus?.search;
  return useSyncExternalStore(
    client?.subscribe ?? unsubscribed,
    () => client?.status() ?? STARTING,
  );
}

export function useSearchResults(corpus: LoadedCorpus | null, view: ViewState, pageSize: number) {
  const status = useSearchStatus(corpus);
  // An answer says what it answers: the view as its URL writes it, and what the index had then.
  const [answer, setAnswer] = useState<{ asked: string; texts: number; page: HostPage } | null>(
    null,
  );
  const offsetOf = (v: ViewState) => (Math.max(1, v.page) - 1) * pageSize;
  const keyOf = (v: ViewState) => `${encodeView(v)}|${offsetOf(v)}|${pageSize}|${status.phase}`;
  const asked = keyOf(view);
  // Texts an exact phrase lacked have arrived since: ask again at each arrival, even with a search
  // on its way (it is superseded), or an answer asked before the last arrival would be final.
  const staleAt =
    answer?.page.pending === true && answer.texts !== status.textsVersion
      ? status.textsVersion
      : null;
  // The last key asked of the client, answered or not: it is not asked twice.
  const asking = useRef<string>(undefined);
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
  // A layout effect: an answer at hand renders before the browser paints (search-client.ts,
  // WORKER_FROM). A view asked already (by the key's handler, or before the URL caught up with
  // the box) is not asked again.
  useLayoutEffect(() => {
    if (corpus && (asking.current !== asked || staleAt !== null)) ask(view, asked);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `asked` stands for the view, offset, size and index state
  }, [corpus, asked, staleAt]);
  // For a key's handler, with the view the key makes: an answer at hand renders with the key, one
  // render instead of two, and the worker's is on its way before React renders the key. Asked from
  // the effect only, the 10k keystroke p95 was 15.8–17.6 ms against 13.2–15.5 (BENCHMARKS.md).
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
    // status.phase: titles-only results become full-text ones. textsVersion: an exact phrase is
    // checked on texts that arrive after it was first asked (the search window shows it pending).
  }, [corpus, view, status.phase, status.textsVersion]);
  return order?.view === view ? order.ids : null;
}
