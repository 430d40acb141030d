/**
 * The search client over the host's api, in-process (memory-corpus.ts): a list without text is
 * answered before any index, a query waits for the index, and only the newest search is run and
 * answered (Pagefind's searchID rule).
 */
import { describe, expect, it, vi } from 'vitest';
import { createSearchClient } from './search-client';
import { SearchHost } from './search-host';
import { buildIndexData } from '../lib/search/index-build';
import { memoryCorpus } from '../testing/memory-corpus';
import { textPaper as paper } from '../testing/paper-fixture';
import { viewOf } from '../lib/url/view-state';

const papers = [
  paper('a', 'Ring attention for long video', 'We shard attention across devices.'),
  paper('b', 'State space models', 'Linear time sequence models with a state space.'),
  paper('c', 'KV cache compression', 'We compress the key-value cache of attention.'),
];

describe('search client', () => {
  it('answers a list at once and a query once the index is in', async () => {
    const client = memoryCorpus(papers).search;
    const list = await client.search(viewOf(''), 0, 25);
    expect([list?.ids, list?.backend, client.status().phase]).toEqual([
      [0, 1, 2],
      'page',
      'starting',
    ]);
    const found = await client.search(viewOf('attention '), 0, 25);
    expect([found?.ids, found?.backend]).toEqual([[0, 2], 'in-process']);
    expect(client.status().phase).toBe('full');
    expect([...(await client.order(viewOf('cache')))]).toEqual([2]);
  });

  it('runs one search at a time and answers only the newest', async () => {
    const corpus = memoryCorpus(papers);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    const client = createSearchClient(corpus.papers, async (columns, names) => {
      const source = async () => buildIndexData(papers);
      const host = new SearchHost(columns, names, corpus.details, () => {}, 'in-process', source);
      const api: Pick<SearchHost, 'prepare' | 'search' | 'order'> = {
        prepare: () => host.prepare(),
        order: (view) => host.order(view),
        search: async (view, offset, limit) => {
          asked.push(view.q);
          if (asked.length === 1) await gate;
          return host.search(view, offset, limit);
        },
      };
      return { api };
    });
    const first = client.search(viewOf('attention '), 0, 25);
    await vi.waitFor(() => expect(asked).toEqual(['attention ']));
    const second = client.search(viewOf('state '), 0, 25);
    const third = client.search(viewOf('cache '), 0, 25);
    release();
    // The first was asked before the others came: its answer is stale. The second never runs.
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect((await third)?.ids).toEqual([2]);
    expect(asked).toEqual(['attention ', 'cache ']);
    client.dispose();
  });
});
