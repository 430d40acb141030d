/**
 * Where queries run (search-client.ts decides): in the page, with the engine loaded and the index
 * built on demand, or in the search worker, which streams index.bin.
 */
import type { MetaCorpus } from './corpus-files';
import type { DetailsStore } from './details-store';
import type { HostPage, HostStatus, SearchHost } from './search-host';
import type { TableColumns } from '../lib/search/search-tables';
import { prepareHighlight, prepareSnippet } from '../lib/search/highlight';
import { isEmptyQuery, parseQuery } from '../lib/search/query';
import type { ViewState } from '../lib/url/view-state';
import type { Remote } from 'comlink';
import type { SearchWorkerApi } from '../workers/search.worker';

export interface Backend {
  prepare?(): void;
  search(view: ViewState, offset: number, limit: number): Promise<HostPage | undefined>;
  searchNow?(view: ViewState, offset: number, limit: number): HostPage | undefined;
  order(view: ViewState): Promise<Uint32Array | undefined>;
  dispose(): void;
}

/** Page mode: without a hint, the index is built this long after the list shows. */
const IDLE_START_MS = 3000;
/** Worker mode: without a hint, the index starts streaming this long after the list shows. */
const WORKER_START_MS = 1000;

/** Resolves after the next frame is painted (or soon, where frames are not available). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn);
  else setTimeout(fn, 0);
}

/**
 * Once the index is built, while the page is idle, every title's and abstract's words are read
 * into the highlight caches (a small corpus: all of them fit), so the reader's first keystrokes do
 * not pay for compiling the highlight code or for reading the texts they show. The host warms the
 * search code itself (search-host.ts).
 */
function prepareHighlights(titles: readonly string[], details: DetailsStore): void {
  titles.forEach((title, i) => {
    prepareHighlight(title);
    const abstract = details.get(i)?.abstract;
    if (abstract) prepareSnippet(abstract);
  });
}

export function pageBackend(
  columns: TableColumns,
  names: (string | undefined)[],
  details: DetailsStore,
  onStatus: (s: HostStatus) => void,
): Backend {
  // The engine is loaded and the index built (from every abstract) when the search box gets
  // focus, when a query needs them, or a few seconds after the list shows: the first screen
  // needs neither, and the page then loads only what it shows.
  let host: SearchHost | undefined;
  let loading: Promise<SearchHost> | undefined;
  const start = (): Promise<SearchHost> =>
    (loading ??= import('./search-host').then((m) => {
      const h = new m.SearchHost(columns, names, details, onStatus);
      host = h;
      void h
        .startFromTexts()
        .then(() => whenIdle(() => prepareHighlights(columns.titles, details)));
      return h;
    }));
  setTimeout(() => whenIdle(() => void start()), IDLE_START_MS);
  const ask = (view: ViewState, offset: number, limit: number) => {
    if (!isEmptyQuery(parseQuery(view.q))) void start();
    return host?.search(view, offset, limit);
  };
  return {
    prepare: () => void start(),
    search: async (view, offset, limit) => ask(view, offset, limit),
    searchNow: ask,
    order: async (view) => (await start()).order(view),
    dispose: () => {},
  };
}

export function workerBackend(
  meta: MetaCorpus,
  columns: TableColumns,
  names: (string | undefined)[],
  onStatus: (s: HostStatus) => void,
): Backend {
  const worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), {
    type: 'module',
  });
  // The index streams when search is near (the box got focus, a query came) or once the list has
  // been on screen a moment: sooner, it would compete with the list for the network.
  let remote: Promise<Remote<SearchWorkerApi>> | undefined;
  const start = () =>
    (remote ??= afterFirstPaint().then(async () => {
      const Comlink = await import('comlink');
      const api = Comlink.wrap<SearchWorkerApi>(worker);
      void api.start({ base: meta.base, file: meta.file }, columns, names, Comlink.proxy(onStatus));
      return api;
    }));
  void afterFirstPaint().then(() =>
    setTimeout(() => whenIdle(() => void start()), WORKER_START_MS),
  );
  return {
    prepare: () => void start(),
    search: async (view, offset, limit) =>
      // Until then, a list without search text is answered from the page's tables.
      remote || !isEmptyQuery(parseQuery(view.q))
        ? (await start()).search(view, offset, limit)
        : undefined,
    order: async (view) => (await start()).order(view),
    dispose: () => worker.terminate(),
  };
}
