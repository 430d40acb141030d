/**
 * The split corpus end to end on the real dump: the build writes meta, shards and the index; the
 * browser side (corpus-files, details-store, search-host) reads them back into the same papers
 * and the same search results as the whole corpus gives.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAll } from '../../scripts/corpus/build';
import { writeCorpus } from '../../scripts/corpus/write-corpus';
import { fetchMeta } from '../../src/corpus/corpus-files';
import type { MetaCorpus } from '../../src/lib/corpus-rows';
import { DetailsStore } from '../../src/corpus/details-store';
import { SearchHost, type HostStatus } from '../../src/corpus/search-host';
import { joinPaper } from '../../src/lib/corpus-rows';
import { loadIndex, searchCompact } from '../../src/lib/search/engine';
import { searchOrder, searchPage } from '../../src/lib/search/pipeline';
import { buildTables, columnsOf } from '../../src/lib/search/search-tables';
import { viewOf } from '../../src/lib/url/view-state';
import type { Corpus } from '../../src/lib/types';

const dir = mkdtempSync(join(tmpdir(), 'pe-split-'));
let corpus: Corpus;
let meta: MetaCorpus;
let indexFile: Uint8Array;
const served: string[] = [];

beforeAll(async () => {
  const built = await buildAll(readFileSync('data/papers.txt', 'utf8'), { source: 'papers.txt' });
  corpus = built.corpus;
  indexFile = built.index;
  writeCorpus(dir, corpus, built.index);
  vi.stubGlobal('fetch', async (url: string) => {
    served.push(url);
    try {
      return new Response(readFileSync(join(dir, url.replace(/^\/data\//, ''))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  meta = await fetchMeta('/data/');
}, 60_000);
afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(dir, { recursive: true, force: true });
});

const view = viewOf;
/** A host as the page or the worker starts one: on meta.json's columns, streaming index.bin. */
const hostOf = (onStatus: (s: HostStatus) => void) =>
  new SearchHost(
    columnsOf(meta.papers),
    meta.papers.map((p) => p.name),
    new DetailsStore(meta),
    onStatus,
    'in-process',
  );

describe('split corpus', () => {
  it('joins meta and details back into the same papers', async () => {
    const store = new DetailsStore(meta);
    await store.load(meta.papers.map((p) => p.index));
    const slugAt = (i: number) => meta.papers[i]?.slug;
    const joined = meta.papers.map((m) => joinPaper(m, store.get(m.index)!, slugAt));
    expect(JSON.parse(JSON.stringify(joined))).toEqual(JSON.parse(JSON.stringify(corpus.papers)));
  });

  it('rejects a shard that is not what the build writes', async () => {
    const broken = { ...meta, file: { ...meta.file, shards: ['../meta.json'] } };
    await expect(new DetailsStore(broken).load([0])).rejects.toThrow(/expected format/);
  });

  it('the host answers a list at once, then streams titles, then everything: the results of the whole corpus', async () => {
    // The same index file read whole, with the texts at hand for phrases.
    const index = loadIndex(indexFile, corpus.papers);
    const reference = buildTables(columnsOf(meta.papers), (parsed) => searchCompact(index, parsed));
    const phases: string[] = [];
    const host = hostOf((s) => phases.push(s.phase));
    // A view without text needs no index.
    const list = view('', { technique: ['kv-cache'] });
    expect((await host.search(list, 0, 25)).ids).toEqual(searchPage(reference, list, 0, 25).ids);
    expect(phases).toEqual([]);
    // A view with text starts the index and waits for it.
    await host.search(view('kv cache '), 0, 25);
    await vi.waitFor(() => expect(phases.at(-1)).toBe('full'));
    expect(phases.filter((p, i) => p !== phases[i - 1] && p !== 'starting')).toEqual([
      'titles',
      'full',
    ]);
    for (const v of [view('kv cache '), view('atten', { sort: 'title' }), list]) {
      expect((await host.search(v, 0, 25)).ids, v.q).toEqual(searchPage(reference, v, 0, 25).ids);
    }
    expect([...(await host.order(list))]).toEqual([...searchOrder(reference, list)]);
  });

  it('checks exact phrases once the shards holding the candidates arrive', async () => {
    const statuses: HostStatus[] = [];
    const host = hostOf((s) => statuses.push(s));
    void host.prepare();
    await vi.waitFor(() => expect(statuses.at(-1)?.phase).toBe('full'));
    const first = await host.search(view('"sequence parallelism"'), 0, 25);
    expect(first.pending).toBe(true);
    await vi.waitFor(() => expect(statuses.at(-1)?.textsVersion).toBeGreaterThan(0));
    const second = await host.search(view('"sequence parallelism"'), 0, 25);
    expect(second.pending).toBe(false);
    expect(second.total).toBeGreaterThan(0);
  });
});
