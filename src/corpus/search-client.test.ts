/**
 * The search client in the page mode (small collections): queries are coalesced (one in flight,
 * only the latest waiting one kept), the newest answer is published, and the index is built when
 * a query needs it.
 */
import { describe, expect, it } from 'vitest';
import { memoryCorpus } from '../testing/memory-corpus';
import { textPaper as paper } from '../testing/paper-fixture';
import { viewOf } from '../lib/url/view-state';

const papers = [
  paper('a', 'Ring attention for long video', 'We shard attention across devices.'),
  paper('b', 'State space models', 'Linear time sequence models with a state space.'),
  paper('c', 'KV cache compression', 'We compress the key-value cache of attention.'),
];
const view = (q: string) => viewOf(q);

describe('search client (page mode)', () => {
  it('keeps one query in flight and only the latest waiting one', async () => {
    const corpus = memoryCorpus(papers);
    const client = corpus.search;
    expect(client.mode).toBe('page');
    // The index is built on the first text query; wait for it.
    await client.search(view('attention '), 0, 25);
    await new Promise<void>((resolve) => {
      const stop = client.subscribe(() => {
        if (client.status().phase === 'full') {
          stop();
          resolve();
        }
      });
      if (client.status().phase === 'full') resolve();
    });
    const first = client.search(view('attention '), 0, 25);
    const second = client.search(view('state '), 0, 25);
    const third = client.search(view('cache '), 0, 25);
    expect(await second).toBeNull();
    expect((await first)?.ids).toEqual([0, 2]);
    expect((await third)?.ids).toEqual([2]);
    expect(client.latest()?.ids).toEqual([2]);
    // The same request twice is one request.
    expect(client.search(view('cache '), 0, 25)).toBe(client.search(view('cache '), 0, 25));
  });

  it('answers synchronously in the page once the index is built', async () => {
    const corpus = memoryCorpus(papers);
    corpus.search.prepare();
    await new Promise<void>((resolve) => {
      const check = () => corpus.search.status().phase === 'full' && resolve();
      corpus.search.subscribe(check);
      check();
    });
    expect(corpus.search.searchNow(view('state space'), 0, 25)?.ids).toEqual([1]);
  });
});
