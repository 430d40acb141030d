/**
 * The search worker: keeps the index and tables of a large corpus off the page's thread. The page
 * sends the columns it already has from meta.json (search-client.ts); the worker streams
 * index.bin itself and reports its status through a callback.
 */
import * as Comlink from 'comlink';
import { DetailsStore } from '../corpus/details-store';
import { SearchHost } from '../corpus/search-host';
import type { HostMeta, HostPage, HostStatus } from '../corpus/search-host';
import type { TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

let host: SearchHost | undefined;

/**
 * Shards the worker keeps (about 3,200 papers' details). An exact phrase can need every shard;
 * the host keeps the phrase keys it needs as each one arrives, so the texts need not stay: kept
 * whole, a phrase at 100k papers held 450 MB in the worker.
 */
const MAX_SHARDS = 80;

const api = {
  start(
    meta: HostMeta,
    columns: TableColumns,
    names: (string | undefined)[],
    onStatus: (s: HostStatus) => void,
  ): void {
    host = new SearchHost(columns, names, new DetailsStore(meta, MAX_SHARDS), onStatus);
    void host.startFromFile(`${meta.base}${meta.file.index.file}`);
  },
  search(view: ViewState, offset: number, limit: number): HostPage | undefined {
    return host?.search(view, offset, limit);
  },
  order(view: ViewState): Uint32Array | undefined {
    const order = host?.order(view);
    return order && Comlink.transfer(order, [order.buffer]);
  },
};

export type SearchWorkerApi = typeof api;

Comlink.expose(api);
