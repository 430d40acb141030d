/**
 * The search worker: keeps the index and tables off the page's thread for large corpora
 * (search-client.ts). The page sends the columns it already has from meta.json; the worker streams
 * index.bin itself and reports its status through a callback.
 */
import * as Comlink from 'comlink';
import { searchApi } from '../corpus/search-host';
import type { ViewState } from '../lib/url/view-state';

const api = searchApi();

Comlink.expose({
  ...api,
  // The order moves to the page instead of being copied (100k ids at 100k papers).
  order: async (view: ViewState) => {
    const ids = await api.order(view);
    return Comlink.transfer(ids, [ids.buffer]);
  },
} satisfies typeof api);
