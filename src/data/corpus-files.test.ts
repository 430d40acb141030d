/**
 * The corpus file checks on hostile shapes: each must fail with the one "not in the expected
 * format" message naming what is wrong, never reach the page as a render error.
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../lib/corpus-format';
import { checkMeta, checkShard, CorpusFormatError } from './corpus-files';

type Json = Record<string, unknown>;

/** meta.json of two papers as the build writes it (one with a name, one without). */
function validMeta(): Json {
  return {
    version: FORMAT_VERSION,
    builtAt: '2025-01-31T00:00:00.000Z',
    source: 'papers.txt',
    count: 2,
    facets: {
      technique: ['sparse-attention', 'kv-cache'],
      modality: ['text'],
      contribution: ['method', 'survey'],
    },
    shardSize: 100,
    shards: ['details/d-0000.json'],
    shardStarts: [0],
    index: { file: 'index.bin', bytes: 10 },
    papers: [
      [
        'longformer',
        'Longformer',
        'Longformer',
        [[0, 1], [0], [0]],
        [['context', 4096, 'tokens', '4,096 tokens']],
        0,
      ],
      ['untitled', 'A survey', 0, [[], [], [1]], [], 1],
    ],
  };
}

/** A details shard of those two papers. */
function validShard(): Json {
  return {
    version: FORMAT_VERSION,
    from: 0,
    papers: [
      {
        abstract: 'We read 4,096 tokens. Code: https://github.com/allenai/longformer',
        links: [{ url: 'https://github.com/allenai/longformer', kind: 'code' }],
        evidence: { technique: [['sliding window'], []], modality: [[]], contribution: [[]] },
        sentences: ['We read 4,096 tokens.'],
        related: [[1, ['attention']]],
      },
      {
        abstract: '',
        links: [],
        evidence: { technique: [], modality: [], contribution: [[]] },
        sentences: [],
        related: [],
      },
    ],
  };
}

const row = (m: Json, i: number) => (m.papers as unknown[][])[i]!;
const details = (s: Json, i: number) => (s.papers as Json[])[i]!;

describe('checkMeta', () => {
  it('accepts what the build writes', () => {
    expect(checkMeta(validMeta()).papers).toHaveLength(2);
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

describe('checkShard', () => {
  it('accepts what the build writes', () => {
    expect(checkShard(validShard(), 0, 2).papers).toHaveLength(2);
  });

  it.each<[string, (s: Json) => void, string]>([
    ['a row that is null', (s) => ((s.papers as unknown[])[1] = null), '1: not an object'],
    ['an abstract that is not a string', (s) => (details(s, 0).abstract = ['text']), '0: abstract'],
    ['a link that is null', (s) => (details(s, 0).links = [null]), '0: links'],
    ['a link that is a string', (s) => (details(s, 0).links = ['https://a.example']), '0: links'],
    [
      'a link url that is not a string',
      (s) => (details(s, 0).links = [{ url: {}, kind: 'code' }]),
      '0: links',
    ],
    [
      'an unknown link kind',
      (s) => (details(s, 0).links = [{ url: 'https://a.example', kind: '__proto__' }]),
      '0: links',
    ],
    ['missing evidence', (s) => delete details(s, 1).evidence, '1: tag evidence'],
    [
      'evidence that is a list',
      (s) => (details(s, 0).evidence = [['sliding window']]),
      '0: tag evidence',
    ],
    [
      'evidence of a group that is a string',
      (s) => (details(s, 0).evidence = { technique: 'window' }),
      '0: tag evidence',
    ],
    [
      'evidence of a tag that is null',
      (s) => (details(s, 0).evidence = { technique: [null] }),
      '0: tag evidence',
    ],
    [
      'an evidence phrase that is a number',
      (s) => (details(s, 0).evidence = { technique: [[1]] }),
      '0: tag evidence',
    ],
    [
      'a claim sentence that is null',
      (s) => (details(s, 0).sentences = [null]),
      '0: claim sentences',
    ],
    ['related papers that are null', (s) => (details(s, 0).related = null), '0: related papers'],
    ['a related paper that is null', (s) => (details(s, 0).related = [null]), '0: related papers'],
    [
      'a related position that is a string',
      (s) => (details(s, 0).related = [['1', []]]),
      '0: related papers',
    ],
    [
      'shared words that are null',
      (s) => (details(s, 0).related = [[1, null]]),
      '0: related papers',
    ],
    [
      'a shared word that is null',
      (s) => (details(s, 0).related = [[1, [null]]]),
      '0: related papers',
    ],
  ])('rejects %s', (_, spoil, what) => {
    const s = validShard();
    spoil(s);
    expect(() => checkShard(s, 0, 2)).toThrow(
      `the corpus files are not in the expected format (details of paper ${what})`,
    );
  });

  it('names the paper by its dump position', () => {
    const s = { ...validShard(), from: 25 };
    details(s, 1).links = [null];
    expect(() => checkShard(s, 25, 2)).toThrow(/details of paper 26: links/);
  });
});
