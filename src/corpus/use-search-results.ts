/**
 * A view's results from the search client, the plain React way: the answer is state, and the last
 * one stays until the new view's comes (DESIGN.md, "Keystroke model"). They are asked again when
 * the index moves from titles to full text, and when texts a pending exact phrase lacked arrive.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
  const offset = (Math.max(1, view.page) - 1) * pageSize;
  const asked = `${encodeView(view)}|${offset}|${pageSize}|${status.phase}`;
  // Texts an exact phrase lacked have arrived since: ask again at each arrival, even with a search
  // on its way (it is superseded), or an answer asked before the last arrival would be final.
  const staleAt =
    answer?.page.pending === true && answer.texts !== status.textsVersion
      ? status.textsVersion
      : null;
  // The last key asked of the client, answered or not: an answer's arrival does not ask it again.
  const asking = useRef<string>(undefined);
  useEffect(() => {
    if (!corpus || (asking.current === asked && staleAt === null)) return;
    asking.current = asked;
    const texts = status.textsVersion;
    // A superseded search answers null; a failed one leaves the status to say why.
    corpus.search.search(view, offset, pageSize).then(
      (page) => page && setAnswer({ asked, texts, page }),
      () => {},
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `asked` stands for the view, offset, size and index state
  }, [corpus, asked, staleAt]);
  // `current`: the results shown answer this view (not the one before it).
  return { results: answer?.page ?? null, current: answer?.asked === asked, status };
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
