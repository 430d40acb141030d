import type { LoadedCorpus } from './corpus-client';
import { isEmptyQuery, parseQuery } from '../lib/search/query';
import { searchOrder } from '../lib/search/pipeline';
import type { ViewState } from '../lib/url/view-state';

/**
 * Every result of a view in order (paper positions), as the results list has them: a view without
 * search text is ordered from the list tables until an index is ready, and a view with text waits
 * for the index. Whatever asks (export, insights) never gets an empty order only because the
 * index was still on its way.
 */
export async function viewOrder(corpus: LoadedCorpus, view: ViewState): Promise<Uint32Array> {
  const client = corpus.search;
  for (;;) {
    const before = client.status();
    const ids = await client.order(view);
    if (ids) return ids;
    if (isEmptyQuery(parseQuery(view.q))) return searchOrder(corpus.listTables(), view);
    client.prepare();
    // Ask again once the status has moved (the index arrived, or failed).
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        const s = client.status();
        if (s === before) return;
        stop();
        if (s.phase === 'error') reject(new Error(s.message ?? 'The search index did not load.'));
        else resolve();
      };
      const stop = client.subscribe(check);
      check();
    });
  }
}
