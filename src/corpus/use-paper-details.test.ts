import { afterEach, expect, it, vi } from 'vitest';
import { loadPapers } from './use-paper-details';
import { DetailsStore } from './details-store';
import { validShard } from '../testing/corpus-fixtures';
import type { LoadedCorpus } from './corpus-client';
import type { MetaFile, PaperMeta } from '../lib/corpus-format';

afterEach(() => vi.unstubAllGlobals());

it('loadPapers (export) gives every paper asked for, across more shards than the page keeps', async () => {
  const shards = 10;
  const file = {
    count: shards * 2,
    shards: Array.from({ length: shards }, (_, i) => `details/d-${i}.json`),
    shardStarts: Array.from({ length: shards }, (_, i) => i * 2),
  } as unknown as MetaFile;
  vi.stubGlobal('fetch', async (url: string) => {
    const shard = Number(/d-(\d+)\.json$/.exec(url)?.[1]);
    await new Promise((r) => setTimeout(r, 1));
    return { ok: true, status: 200, json: async () => ({ ...validShard(), from: shard * 2 }) };
  });
  const papers = Array.from(
    { length: file.count },
    (_, index): PaperMeta =>
      ({
        slug: `p-${index}`,
        index,
        title: `Paper ${index}`,
        tags: { technique: [], modality: [], contribution: { id: 'method', evidence: [] } },
        claims: [],
      }) as unknown as PaperMeta,
  );
  // The page keeps two shards; the export needs all ten.
  const corpus = { papers, details: new DetailsStore({ base: '/data/', file }, 2) };
  const all = papers.map((p) => p.index).reverse();
  const got = await loadPapers(corpus as unknown as LoadedCorpus, all);
  expect(got.map((p) => p.slug)).toEqual(all.map((i) => `p-${i}`));
  expect(got[0]?.abstract).toBe('');
  expect(got[1]?.abstract).toMatch(/^We read/);
});
