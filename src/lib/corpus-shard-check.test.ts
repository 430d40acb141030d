/**
 * The corpus file checks on hostile shapes: each must fail with the one "not in the expected
 * format" message naming what is wrong, never reach the page as a render error.
 */
import { describe, expect, it } from 'vitest';
import { checkShard } from './corpus-check';
import { details, validShard, type Json } from '../testing/corpus-fixtures';

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
    ['authors that are a string', (s) => (details(s, 1).authors = 'Ada Lovelace'), '1: authors'],
    ['an author that is a number', (s) => (details(s, 0).authors = ['Ada', 7]), '0: authors'],
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
