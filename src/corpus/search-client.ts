/**
 * The page's handle on search. Where it runs is decided by size:
 * - a small corpus (≤ PAGE_MODE_MAX papers) is searched in the page: its few details shards come
 *   to a few hundred kilobytes, the index is built from them in tens of milliseconds, and a query
 *   takes well under a millisecond, less than a worker round trip;
 * - larger corpora are searched in a worker (search.worker.ts) that streams the prebuilt index, so
 *   loading and querying never block typing.
 * Typing sends a query per key; at most one is in flight and only the latest waiting one is kept,
 * so a slow answer never queues a backlog: superseded calls resolve to null.
 */
import type { MetaCorpus } from './corpus-files';
import type { DetailsStore } from './details-store';
import type { HostPage, HostStatus } from './search-host';
import { pageBackend, workerBackend } from './search-backends';
import { columnsOf } from '../lib/search/search-tables';
import type { TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

export interface SearchClient {
  readonly mode: 'page' | 'worker';
  /** A window of results; undefined while no index is ready, null when a later call superseded it. */
  search(view: ViewState, offset: number, limit: number): Promise<HostPage | undefined | null>;
  /**
   * The same, answered at once, in the page mode only (undefined otherwise or while no index is
   * ready): the page can render results in the same pass as the keystroke.
   */
  searchNow(view: ViewState, offset: number, limit: number): HostPage | undefined;
  /** Every result in order (paper positions), e.g. for export; undefined while no index is ready. */
  order(view: ViewState): Promise<Uint32Array | undefined>;
  /** A hint that a search is coming (the search box got focus): get the index ready. */
  prepare(): void;
  status(): HostStatus;
  subscribe(listener: () => void): () => void;
  /**
   * The answer of the latest request that completed, whoever asked: the page shows results as
   * soon as they exist, without waiting for its own render of the keystroke (worker mode).
   */
  latest(): HostPage | null;
  subscribeResults(listener: () => void): () => void;
  dispose(): void;
}

/** Above this many papers, search runs in the worker (see above; measured in BENCHMARKS.md). */
export const PAGE_MODE_MAX = 250;

export function inPage(meta: Pick<MetaCorpus, 'file'>): boolean {
  return meta.file.count <= PAGE_MODE_MAX;
}

export function createSearchClient(
  meta: MetaCorpus,
  details: DetailsStore,
  columns: TableColumns = columnsOf(meta.papers),
): SearchClient {
  let status: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };
  const listeners = new Set<() => void>();
  const onStatus = (s: HostStatus) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const names = meta.papers.map((p) => p.name);
  const mode = inPage(meta) ? 'page' : 'worker';
  const backend =
    mode === 'page'
      ? pageBackend(columns, names, details, onStatus)
      : workerBackend(meta, columns, names, onStatus);

  let latest: HostPage | null = null;
  const resultListeners = new Set<() => void>();
  let busy = false;
  let waiting:
    | { args: [ViewState, number, number]; resolve: (p: HostPage | undefined | null) => void }
    | undefined;
  const run = (
    args: [ViewState, number, number],
    resolve: (p: HostPage | undefined | null) => void,
  ): void => {
    busy = true;
    backend
      .search(...args)
      .then(
        (page) => {
          if (page) {
            latest = page;
            resultListeners.forEach((l) => l());
          }
          resolve(page);
        },
        () => resolve(undefined),
      )
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = undefined;
        if (next) run(next.args, next.resolve);
      });
  };

  // The page may ask early (from the keystroke itself) and again (from its render): one request.
  let last: { key: string; promise: Promise<HostPage | undefined | null> } | undefined;
  const request = (
    view: ViewState,
    offset: number,
    limit: number,
  ): Promise<HostPage | undefined | null> =>
    new Promise((resolve) => {
      if (!busy) return run([view, offset, limit], resolve);
      waiting?.resolve(null);
      waiting = { args: [view, offset, limit], resolve };
    });

  return {
    mode,
    search: (view, offset, limit) => {
      const key = JSON.stringify([view, offset, limit, status.phase, status.textsVersion]);
      if (last?.key !== key) last = { key, promise: request(view, offset, limit) };
      return last.promise;
    },
    searchNow: (view, offset, limit) => backend.searchNow?.(view, offset, limit),
    order: (view) => backend.order(view),
    prepare: () => backend.prepare?.(),
    status: () => status,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    latest: () => latest,
    subscribeResults: (l) => {
      resultListeners.add(l);
      return () => resultListeners.delete(l);
    },
    dispose: () => backend.dispose(),
  };
}
