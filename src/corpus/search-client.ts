/**
 * The page's one handle on search: one host (search-host.ts) answers queries, in the page below
 * WORKER_FROM papers and in the search worker above. Until search is near (box focus, a query,
 * INDEX_START_MS), a view without text is answered from the list columns: loading the host before
 * the list would take the first load at 119 papers over its 160 KB gzip budget.
 */
import type { Remote } from 'comlink';
import type { PaperMeta } from '../lib/corpus-format';
import type { MetaCorpus } from '../lib/corpus-rows';
import type { DetailsStore } from './details-store';
import type { HostPage, HostStatus, SearchHost } from './search-host';
import type { SearchApi } from '../workers/search.worker';
import { INDEX_START_MS } from './timing';
import { isEmptyQuery, parseQuery } from '../lib/search/query';
import { searchOrder, searchPage } from '../lib/search/pipeline';
import { buildTables, columnsOf, everyPaper, type TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

export interface SearchClient {
  /** A window of results; null when a later search was asked before this one was answered. */
  search(view: ViewState, offset: number, limit: number): Promise<HostPage | null>;
  /** Every result in order (paper ids); `complete`: exact phrases checked on every text (export). */
  order(view: ViewState, complete?: boolean): Promise<Uint32Array>;
  /** A hint that a search is coming (the search box got focus): get the index ready. */
  prepare(): void;
  status(): HostStatus;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/** Starts a host on the page's columns. */
type Connect = (
  columns: TableColumns,
  names: (string | undefined)[],
  onStatus: (s: HostStatus) => void,
) => Promise<{
  api: Pick<SearchHost, 'prepare' | 'search' | 'order'> | Remote<SearchApi>;
  close?: () => void;
}>;

/** Status until the host reports. */
export const STARTING: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };

export function createSearchClient(papers: PaperMeta[], connect: Connect): SearchClient {
  let status = STARTING;
  const listeners = new Set<() => void>();
  const onStatus = (s: HostStatus) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const columns = columnsOf(papers);
  const names = papers.map((p) => p.name);
  let connection: ReturnType<Connect> | undefined;
  const api = async () => (await (connection ??= connect(columns, names, onStatus))).api;
  const prepare = () => void api().then((a) => a.prepare());
  const timer = setTimeout(prepare, INDEX_START_MS);
  // Until the host starts, a view without text is answered from the list columns.
  const list = buildTables(columns, everyPaper(papers.length));
  const inPage = (view: ViewState) => !connection && isEmptyQuery(parseQuery(view.q));

  // Pagefind's rule: each search takes a number, and only the newest may run or be answered. One
  // runs at a time, so a slow answer never queues a backlog behind it.
  let searchID = 0;
  let turn: Promise<unknown> = Promise.resolve();
  const run = async (view: ViewState, offset: number, limit: number): Promise<HostPage> =>
    inPage(view)
      ? { ...searchPage(list, view, offset, limit), pending: false, backend: 'page' }
      : (await api()).search(view, offset, limit);
  return {
    search: async (view, offset, limit) => {
      const id = ++searchID;
      const mine = turn.then(() => (id === searchID ? run(view, offset, limit) : null));
      turn = mine.catch(() => {});
      const page = await mine;
      return id === searchID ? page : null;
    },
    order: async (view, complete) =>
      inPage(view) ? searchOrder(list, view) : (await api()).order(view, complete),
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

/**
 * From this many papers the host runs in the worker. Below, the page's host answers before the
 * browser paints the key; the worker's answer comes a frame later (bench keystroke p95, page →
 * worker: 10.4–11.9 → 16.8–21.8 ms at 119 papers, 10.9–11.7 → 17.6–23.5 ms at 10k). Above, the
 * page's thread would carry the index and texts: at 100k, 0.7 s of long tasks while the index
 * decodes and one of 50–390 ms every 0.4 s while an exact phrase is checked (BENCHMARKS.md). The
 * e2e test build sets it to 0.
 */
const WORKER_FROM = Number(import.meta.env.VITE_SEARCH_WORKER_FROM ?? 20_000);

/** The client of the site: search in the page or in a worker by the corpus's size. */
export function siteSearchClient(meta: MetaCorpus, details: DetailsStore): SearchClient {
  if (meta.papers.length < WORKER_FROM)
    return createSearchClient(meta.papers, async (columns, names, onStatus) => {
      const { SearchHost } = await import('./search-host');
      // The page's own details store: the shards an exact phrase loads serve the snippets too.
      return { api: new SearchHost(columns, names, details, onStatus, 'page') };
    });
  return createSearchClient(meta.papers, async (columns, names, onStatus) => {
    const worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), {
      type: 'module',
    });
    // Loaded with the worker, not before the list: 3 KB gzip of the first load.
    const Comlink = await import('comlink');
    const api = Comlink.wrap<SearchApi>(worker);
    void api.start({ base: meta.base, file: meta.file }, columns, names, Comlink.proxy(onStatus));
    return { api, close: () => worker.terminate() };
  });
}
