/**
 * The search worker: keeps the index and tables off the page's thread for large corpora
 * (search-client.ts). The page sends the columns it already has from meta.json; the worker streams
 * index.bin itself and reports its status through a callback.
 */
import * as Comlink from 'comlink';
import type { MetaCorpus } from '../lib/corpus-rows';
import { DetailsStore } from '../corpus/details-store';
import { SearchHost, type HostStatus } from '../corpus/search-host';
import type { TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

/**
 * Shards the worker keeps (about 3,200 papers' details). An exact phrase can need every shard;
 * the host keeps the phrase keys it needs as each one arrives, so the texts need not stay: kept
 * whole, a phrase at 100k papers held 450 MB in the worker.
 */
const MAX_SHARDS = 80;

/** Set by start(), the page's first message (messages are handled in order). */
let host: SearchHost;

const api = {
  start(
    meta: Pick<MetaCorpus, 'base' | 'file'>,
    columns: TableColumns,
    names: (string | undefined)[],
    onStatus: (s: HostStatus) => void,
  ): void {
    host = new SearchHost(columns, names, new DetailsStore(meta, MAX_SHARDS), onStatus, 'worker');
  },
  prepare: () => host.prepare(),
  search: (view: ViewState, offset: number, limit: number) => host.search(view, offset, limit),
  // The order moves to the page instead of being copied (100k ids at 100k papers).
  order: async (view: ViewState, complete?: boolean) => {
    const ids = await host.order(view, complete);
    return Comlink.transfer(ids, [ids.buffer]);
  },
};

Comlink.expose(api);

export type SearchApi = typeof api;
