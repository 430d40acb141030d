/**
 * Exact phrases in the worker's host when texts come in shards it may not keep: the keys a query
 * lacked are taken as each shard arrives, so the answer becomes exact even when the store keeps
 * one shard only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsStore } from './details-store';
import { SearchHost, type HostStatus } from './search-host';
import { columnsOf } from '../lib/search/search-tables';
import { buildIndexData } from '../lib/search/index-build';
import { viewOf } from '../lib/url/view-state';
import { toDetails } from '../lib/corpus-rows';
import { facetOrder } from '../lib/taxonomy';
import { FORMAT_VERSION, type MetaFile } from '../lib/corpus-format';
import { textPaper as paper } from '../testing/paper-fixture';

afterEach(() => vi.unstubAllGlobals());

// Every title holds both words, none the phrase: only the abstracts can tell.
const papers = [
  paper('a', 'Parallelism across a sequence', 'We study sequence parallelism at scale.'),
  paper('b', 'Sequence models and parallelism', 'No such phrase in here.'),
  paper('c', 'Sequence length and parallelism', 'Ring attention is sequence parallelism.'),
];

function shardedHost() {
  const order = facetOrder();
  const file = {
    version: FORMAT_VERSION,
    count: 3,
    shards: ['d-0.json', 'd-1.json', 'd-2.json'],
    shardStarts: [0, 1, 2],
  } as unknown as MetaFile;
  vi.stubGlobal('fetch', async (url: string) => {
    const i = Number(/d-(\d)\.json$/.exec(url)?.[1]);
    const rows = [toDetails(papers[i]!, order, () => -1)];
    return {
      ok: true,
      status: 200,
      json: async () => ({ version: FORMAT_VERSION, from: i, papers: rows }),
    };
  });
  const statuses: HostStatus[] = [];
  const host = new SearchHost(
    columnsOf(papers.map((p, index) => ({ ...p, index }))),
    papers.map(() => undefined),
    new DetailsStore({ base: '/', file }, 1),
    (s) => statuses.push(s),
    'in-process',
    async () => buildIndexData(papers),
  );
  return { host, statuses };
}

describe('SearchHost, exact phrases over shards', () => {
  it('becomes exact though the store keeps a single shard', async () => {
    const { host, statuses } = shardedHost();
    const q = viewOf('"sequence parallelism"');
    const first = await host.search(q, 0, 25);
    expect(first?.pending).toBe(true);
    // What the page does: it asks again when the host announces new texts.
    await vi.waitFor(() => expect(statuses.some((s) => s.textsVersion > 0)).toBe(true), {
      timeout: 3000,
    });
    const exact = await host.search(q, 0, 25);
    expect([[...(exact?.ids ?? [])].sort(), exact?.pending]).toEqual([[0, 2], false]);
  });
  it('gives the whole order at once when asked to complete it (export)', async () => {
    const q = viewOf('"sequence parallelism"');
    const { host } = shardedHost();
    expect([...(await host.order(q))]).toEqual([]);
    expect([...(await host.order(q, true))].sort()).toEqual([0, 2]);
    // Its keys stay though the store kept one shard: the page's next answer is exact too.
    expect((await host.search(q, 0, 25)).pending).toBe(false);
  });
  it('takes the keys a query lacked though another query was answered before they arrived', async () => {
    const { host } = shardedHost();
    const phrase = viewOf('"sequence parallelism"');
    expect((await host.search(phrase, 0, 25)).pending).toBe(true);
    // Typed on before the texts came: this answer's own lacks replace the phrase's.
    await host.search(viewOf('"ring attention"'), 0, 25);
    await host.order(viewOf('"ring attention"'), true);
    const exact = await host.search(phrase, 0, 25);
    expect([[...exact.ids].sort(), exact.pending]).toEqual([[0, 2], false]);
  });
});
