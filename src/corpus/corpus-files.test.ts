/**
 * The corpus file checks on hostile shapes: each must fail with the one "not in the expected
 * format" message naming what is wrong, never reach the page as a render error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMeta } from './corpus-files';
import { checkMeta, CorpusFormatError } from '../lib/corpus-check';
import { row, validMeta, validShard, type Json } from '../testing/corpus-fixtures';
import { joinPaper, metaCorpus } from '../lib/corpus-rows';
import type { PaperDetails } from '../lib/corpus-format';

describe('checkMeta', () => {
  it('accepts what the build writes', () => {
    expect(checkMeta(validMeta()).papers).toHaveLength(2);
  });

  it("gives each paper the year the listing stated, and joins its details' authors", () => {
    const { papers } = metaCorpus({ ...validMeta(), years: [2020, 0] }, '/data/');
    expect(papers.map((p) => p.year)).toEqual([2020, undefined]);
    const details = { ...(validShard().papers as PaperDetails[])[0]!, authors: ['Iz Beltagy'] };
    expect(joinPaper(papers[0]!, details, () => undefined)).toMatchObject({
      authors: ['Iz Beltagy'],
      year: 2020,
    });
  });

  it.each<[string, (m: Json) => void, string]>([
    [
      'a row that is not a list',
      (m) => ((m.papers as unknown[])[1] = { slug: 'x' }),
      'row 1: not a list',
    ],
    ['a slug that is not a string', (m) => (row(m, 0)[0] = null), 'row 0: slug'],
    ['a title that is a number', (m) => (row(m, 1)[1] = 42), 'row 1: title'],
    ['a name that is an object', (m) => (row(m, 0)[2] = { text: 'Longformer' }), 'row 0: name'],
    ['a name that is a list', (m) => (row(m, 0)[2] = ['Longformer']), 'row 0: name'],
    ['tags that are not a list', (m) => (row(m, 0)[3] = 'sparse-attention'), 'row 0: tags'],
    ['a tag group that is a number', (m) => (row(m, 0)[3] = [1, [0], [0]]), 'row 0: tags'],
    ['a tag position past the facet list', (m) => (row(m, 0)[3] = [[2], [0], [0]]), 'row 0: tags'],
    ['a fractional tag position', (m) => (row(m, 0)[3] = [[0.5], [0], [0]]), 'row 0: tags'],
    [
      'a tag position that is a key',
      (m) => (row(m, 0)[3] = [['constructor'], [0], [0]]),
      'row 0: tags',
    ],
    ['claims that are not a list', (m) => (row(m, 0)[4] = null), 'row 0: claims'],
    ['a claim that is null', (m) => (row(m, 0)[4] = [null]), 'row 0: claims'],
    [
      'an unknown claim kind',
      (m) => (row(m, 0)[4] = [['__proto__', 1, 'tokens', '1']]),
      'row 0: claims',
    ],
    [
      'a claim value that is a string',
      (m) => (row(m, 0)[4] = [['context', '4096', 'tokens', '4K']]),
      'row 0: claims',
    ],
    [
      'a claim text that is an object',
      (m) => (row(m, 0)[4] = [['context', 4096, 'tokens', {}]]),
      'row 0: claims',
    ],
    [
      'a claim unit that is missing',
      (m) => (row(m, 0)[4] = [['speedup', 2, null, '2x']]),
      'row 0: claims',
    ],
    ['flags that are a string', (m) => (row(m, 1)[5] = '1'), 'row 1: flags'],
    ['a facet id that is not a string', (m) => ((m.facets as Json).modality = [null]), 'facets'],
    ['facets that are null', (m) => (m.facets = null), 'facets'],
    ['a shard name that is not a string', (m) => (m.shards = [7]), 'shards'],
    ['a fractional shard size', (m) => (m.shardSize = 1e-300), 'shard size'],
    ['years for fewer papers than it has', (m) => (m.years = [2020]), 'years'],
    ['a year that is a string', (m) => (m.years = ['2020', 0]), 'years'],
    ['a year past the dates a listing gives', (m) => (m.years = [20200, 0]), 'years'],
    ['a count that disagrees with the rows', (m) => (m.count = 3), 'papers'],
  ])('rejects %s', (_, spoil, what) => {
    const m = validMeta();
    spoil(m);
    expect(() => checkMeta(m)).toThrow(CorpusFormatError);
    expect(() => checkMeta(m)).toThrow(
      `the corpus files are not in the expected format (meta.json ${what})`,
    );
  });
});

describe('fetchMeta', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('refuses two papers with one slug: they would share a page and a reading-list entry', async () => {
    const meta = validMeta();
    row(meta, 1)[0] = row(meta, 0)[0];
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(meta)));
    await expect(fetchMeta('/data/')).rejects.toThrow(/slugs are not unique/);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(validMeta())));
    expect((await fetchMeta('/data/')).papers).toHaveLength(2);
  });
});
