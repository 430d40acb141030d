/**
 * Paper ids through the corpus files: the build records the arXiv id and DOI an abstract names,
 * meta.json carries them (sparse `ids`), and the browser side reads them back onto the papers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAll } from '../../scripts/corpus/build';
import { writeCorpus } from '../../scripts/corpus/write-corpus';
import { fetchMeta } from '../../src/corpus/corpus-files';
import type { MetaCorpus } from '../../src/lib/corpus-rows';
import type { Corpus } from '../../src/lib/types';

const dir = mkdtempSync(join(tmpdir(), 'pe-ids-'));
let corpus: Corpus;
let meta: MetaCorpus;

beforeAll(async () => {
  const text = readFileSync('tests/fixtures/dumps/paper-ids.txt', 'utf8');
  const built = await buildAll(text, { source: 'paper-ids.txt' });
  corpus = built.corpus;
  writeCorpus(dir, built.corpus, built.index);
  vi.stubGlobal(
    'fetch',
    async (url: string) => new Response(readFileSync(join(dir, url.replace(/^\/data\//, '')))),
  );
  meta = await fetchMeta('/data/');
}, 60_000);
afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(dir, { recursive: true, force: true });
});

describe('paper ids in the corpus', () => {
  it('records the ids the abstracts name, and none for look-alikes', () => {
    expect(corpus.papers.map((p) => [p.arxiv, p.doi])).toEqual([
      ['2310.01889', undefined],
      ['cs/0112017', undefined],
      [undefined, '10.1145/3600006.3613165'],
      [undefined, undefined],
      ['2401.01234', undefined],
    ]);
  });

  it('writes them sparsely in meta.json and reads them back', () => {
    const file = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { ids: unknown };
    expect(file.ids).toEqual({
      0: ['2310.01889', 0],
      1: ['cs/0112017', 0],
      2: [0, '10.1145/3600006.3613165'],
      4: ['2401.01234', 0],
    });
    expect(meta.papers.map((p) => [p.arxiv, p.doi])).toEqual(
      corpus.papers.map((p) => [p.arxiv, p.doi]),
    );
  });
});
