/**
 * The page's one handle on search. Queries run in the search worker (search.worker.ts), which
 * loads the prebuilt index; tests connect the same api in-process (memory-corpus.ts). Until
 * search is near (the box got focus, a query came, INDEX_START_MS passed), a view without text is
 * answered in the page from the list columns: starting the worker before the list would take the
 * first load at 119 papers from 159 KB to 176 KB gzip, over its 160 KB budget (npm run bench).
 */
import type { Remote } from 'comlink';
import type { MetaCorpus } from './corpus-files';
import type { HostMeta, HostPage, HostStatus, SearchApi } from './search-host';
import { INDEX_START_MS } from './timing';
import { isEmptyQuery, parseQuery } from '../lib/search/query';
import { searchOrder, searchPage } from '../lib/search/pipeline';
import { buildTables, columnsOf, everyPaper } from '../lib/search/search-tables';
import type { SearchTables, TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

export interface SearchClient {
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
type Api = Pick<SearchApi | Remote<SearchApi>, 'prepare' | 'search' | 'order'>;

/** Starts the api's host on the corpus (the page's columns) and hands the api over. */
type Connect = (
  meta: HostMeta,
  columns: TableColumns,
  names: (string | undefined)[],
  onStatus: (s: HostStatus) => void,
) => Promise<{ api: Api; close?: () => void }>;

export function createSearchClient(
  meta: Pick<MetaCorpus, 'base' | 'file' | 'papers'>,
  connect: Connect,
): SearchClient {
  let status: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };
  const listeners = new Set<() => void>();
  const onStatus = (s: HostStatus) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const columns = columnsOf(meta.papers);
  let list: SearchTables | undefined;
  let connection: ReturnType<Connect> | undefined;
  const api = async () => {
    connection ??= connect(
      { base: meta.base, file: meta.file },
      columns,
      meta.papers.map((p) => p.name),
      onStatus,
    );
    return (await connection).api;
  };
  const prepare = () => void api().then((a) => a.prepare());
  const timer = setTimeout(prepare, INDEX_START_MS);
  const inPage = (view: ViewState) => !connection && isEmptyQuery(parseQuery(view.q));
  const listTables = () => (list ??= buildTables(columns, everyPaper(meta.papers.length)));

  // Pagefind's rule: each search takes a number, and only the newest may run or be answered. One
  // runs at a time, so a slow answer never queues a backlog behind it.
  let searchID = 0;
  let turn: Promise<unknown> = Promise.resolve();
  const run = async (view: ViewState, offset: number, limit: number): Promise<HostPage> =>
    inPage(view)
      ? { ...searchPage(listTables(), view, offset, limit), pending: false, backend: 'page' }
      : (await api()).search(view, offset, limit);
  return {
    search: async (view, offset, limit) => {
      const id = ++searchID;
      const mine = turn.then(() => (id === searchID ? run(view, offset, limit) : null));
      turn = mine.catch(() => {});
      const page = await mine;
      return id === searchID ? page : null;
    },
    order: async (view) =>
      inPage(view) ? searchOrder(listTables(), view) : (await api()).order(view),
    prepare,
    status: () => status,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose: () => {
      clearTimeout(timer);
      void connection?.then((c) => c.close?.());
    },
  };
}

/** The client of the site: search in a worker, started when search is near. */
export function workerSearchClient(meta: MetaCorpus): SearchClient {
  return createSearchClient(meta, async (hostMeta, columns, names, onStatus) => {
    const worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), {
      type: 'module',
    });
    // Loaded with the worker, not before the list: 3 KB gzip of the first load.
    const Comlink = await import('comlink');
    const api = Comlink.wrap<SearchApi>(worker);
    void api.start(hostMeta, columns, names, Comlink.proxy(onStatus));
    return { api, close: () => worker.terminate() };
  });
}
