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
import type { MetaCorpus } from '../../src/corpus/corpus-files';
import { DetailsStore } from '../../src/corpus/details-store';
import { SearchHost } from '../../src/corpus/search-host';
import { joinPaper } from '../../src/lib/corpus-rows';
import { createSearchIndex, searchCompact } from '../../src/lib/search/engine';
import { searchPage } from '../../src/lib/search/pipeline';
import { buildTables, columnsOf } from '../../src/lib/search/search-tables';
import { viewOf } from '../../src/lib/url/view-state';
import type { Corpus } from '../../src/lib/types';

const dir = mkdtempSync(join(tmpdir(), 'pe-split-'));
let corpus: Corpus;
let meta: MetaCorpus;
const served: string[] = [];

beforeAll(async () => {
  const built = await buildAll(readFileSync('data/papers.txt', 'utf8'), { source: 'papers.txt' });
  corpus = built.corpus;
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

  it('searches titles first (streamed index), then everything, with the results of the whole corpus', async () => {
    const index = createSearchIndex(corpus.papers);
    const reference = buildTables(columnsOf(meta.papers), (parsed) => searchCompact(index, parsed));
    for (const start of ['file', 'texts'] as const) {
      const phases: string[] = [];
      const host = new SearchHost(
        columnsOf(meta.papers),
        meta.papers.map((p) => p.name),
        new DetailsStore(meta),
        (s) => phases.push(s.phase),
      );
      await (start === 'file'
        ? host.startFromFile(`/data/${meta.file.index.file}`)
        : host.startFromTexts());
      const steps = phases.filter((p, i) => p !== phases[i - 1] && p !== 'starting');
      expect(steps).toEqual(start === 'file' ? ['titles', 'full'] : ['full']);
      for (const v of [
        view('kv cache '),
        view('atten', { sort: 'title' }),
        view('', { technique: ['kv-cache'] }),
      ]) {
        const page = host.search(v, 0, 25)!;
        expect(page.partial).toBe(false);
        expect(page.ids, v.q).toEqual(searchPage(reference, v, 0, 25).ids);
      }
    }
  });

  it('checks exact phrases once the shards holding the candidates arrive', async () => {
    const host = new SearchHost(
      columnsOf(meta.papers),
      meta.papers.map((p) => p.name),
      new DetailsStore(meta),
    );
    await host.startFromFile(`/data/${meta.file.index.file}`);
    const first = host.search(view('"sequence parallelism"'), 0, 25)!;
    expect(first.pending).toBe(true);
    await vi.waitFor(() => expect(host.status().textsVersion).toBeGreaterThan(0));
    const second = host.search(view('"sequence parallelism"'), 0, 25)!;
    expect(second.pending).toBe(false);
    expect(second.total).toBeGreaterThan(0);
    expect(second.total).toBeLessThanOrEqual(first.total === 0 ? Infinity : second.total);
  });
});
