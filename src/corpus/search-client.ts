/**
 * The page's one handle on search. Queries run in the search worker (search.worker.ts), which
 * answers a view without text from the list columns at once and loads the prebuilt index when
 * search is near; tests connect the same api in-process (memory-corpus.ts).
 */
import * as Comlink from 'comlink';
import type { MetaCorpus } from './corpus-files';
import type { HostPage, HostStatus, SearchApi } from './search-host';
import { INDEX_START_MS } from './timing';
import { columnsOf } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

export interface SearchClient {
  /** Which backend answers (the page shows it as `data-backend`, asserted by e2e). */
  readonly backend: 'worker' | 'in-process';
  /** A window of results; null when a later search was asked before this one was answered. */
  search(view: ViewState, offset: number, limit: number): Promise<HostPage | null>;
  /** Every result in order (paper ids), e.g. for export. */
  order(view: ViewState): Promise<Uint32Array>;
  /** A hint that a search is coming (the search box got focus): get the index ready. */
  prepare(): void;
  status(): HostStatus;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/** What the client talks to: the worker's api through Comlink, or the same api in-process. */
type Api = SearchApi | Comlink.Remote<SearchApi>;

export function createSearchClient(
  meta: Pick<MetaCorpus, 'base' | 'file' | 'papers'>,
  backend: SearchClient['backend'],
  api: Api,
  dispose: () => void = () => {},
): SearchClient {
  let status: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };
  const listeners = new Set<() => void>();
  const onStatus = (s: HostStatus) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const names = meta.papers.map((p) => p.name);
  void api.start(
    { base: meta.base, file: meta.file },
    columnsOf(meta.papers),
    names,
    backend === 'worker' ? Comlink.proxy(onStatus) : onStatus,
  );
  const timer = setTimeout(() => void api.prepare(), INDEX_START_MS);

  // Pagefind's rule: each search takes a number, and only the newest may run or be answered. One
  // runs at a time, so a slow answer never queues a backlog behind it.
  let searchID = 0;
  let turn: Promise<unknown> = Promise.resolve();
  return {
    backend,
    search: async (view, offset, limit) => {
      const id = ++searchID;
      const mine = turn.then(() => (id === searchID ? api.search(view, offset, limit) : null));
      turn = mine.catch(() => {});
      const page = await mine;
      return id === searchID ? page : null;
    },
    order: (view) => api.order(view),
    prepare: () => void api.prepare(),
    status: () => status,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose: () => {
      clearTimeout(timer);
      dispose();
    },
  };
}

/** The client of the site: one worker per page. */
export function workerSearchClient(meta: MetaCorpus): SearchClient {
  const worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), {
    type: 'module',
  });
  return createSearchClient(meta, 'worker', Comlink.wrap<SearchApi>(worker), () =>
    worker.terminate(),
  );
}
