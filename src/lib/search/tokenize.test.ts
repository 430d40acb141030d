import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processTerm } from './stem';
import { chunksOf, chunkTokens, piecesOf } from './tokenize';

/** Index-time tokens of a text (lower-cased, not yet processed), as the index build reads them. */
const tokenize = (text: string) => chunksOf(text).flatMap((chunk) => chunkTokens(chunk).tokens);

/** The index terms of a text, in order: what the index build makes of it. */
const indexTerms = (text: string) =>
  tokenize(text)
    .map(processTerm)
    .filter((t): t is string => !!t);

describe('tokenize', () => {
  it('indexes hyphenated words by their parts', () => {
    expect(tokenize('Transformer-XL')).toEqual(['transformer', 'xl']);
    expect(tokenize('long-context KV-cache')).toEqual(['long', 'context', 'kv', 'cache']);
  });
  it('indexes glued words whole and by their pieces', () => {
    expect(tokenize('Mamba2')).toEqual(['mamba2', 'mamba', '2']);
    expect(tokenize('RingAttention')).toEqual(['ringattention', 'ring', 'attention']);
    expect(tokenize('FlashFFTConv')).toEqual(['flashfftconv', 'flash', 'fft', 'conv']);
    expect(tokenize('LLMs GPUs')).toEqual(['llms', 'gpus']);
  });
  it('folds case and diacritics', () => {
    expect(tokenize('Café NOËL')).toEqual(['cafe', 'noel']);
  });
  it('reports glued forms of hyphenated pairs and camelCase words', () => {
    const text = 'KV-cache, RingAttention and state-of-the-art';
    expect(chunksOf(text).flatMap((chunk) => chunkTokens(chunk).glued)).toEqual([
      ['kvcache', ['kv', 'cache']],
      ['ringattention', ['ring', 'attention']],
    ]);
  });
  it('splits chunks on punctuation other than hyphens', () => {
    expect(chunksOf('O(N) H_2O, 128K/1M tokens.')).toEqual([
      'O',
      'N',
      'H_2O',
      '128K',
      '1M',
      'tokens',
    ]);
    expect(piecesOf('HyenaDNA')).toEqual(['hyena', 'dna']);
  });
});

describe('indexTerms', () => {
  it('drops stopwords and stems', () => {
    expect(indexTerms('The caches of the Models')).toEqual(['cach', 'model']);
  });
  it('never throws and yields lower-case terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        for (const t of indexTerms(s)) expect(t).toBe(t.toLowerCase());
      }),
    );
  });
});
