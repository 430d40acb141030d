import { describe, expect, it } from 'vitest';
import { excludedGroups, requiredGroups, wordNode } from './query-tree';
import type { Vocabulary } from './query-tree';
import { parseQuery } from './query';

const df: Record<string, number> = {
  kv: 9,
  cach: 9,
  transformer: 9,
  xl: 4,
  long: 9,
  context: 9,
  longformer: 9,
  former: 9,
  attention: 9,
  merging: 1,
};
const vocab: Vocabulary = {
  df: (t) => df[t] ?? 0,
  glued: (t) => (t === 'ringattention' ? ['ring', 'attention'] : undefined),
};

describe('wordNode', () => {
  it('ORs a hyphenated word with its parts', () => {
    expect(wordNode('Transformer-XL', 'normal', vocab)).toEqual({
      combineWith: 'AND',
      queries: [
        { queries: ['transformer'], prefix: false, fuzzy: false },
        { queries: ['xl'], prefix: false, fuzzy: false },
      ],
    });
  });
  it('splits an unknown glued word into known words, without fuzzy', () => {
    expect(wordNode('kvcache', 'normal', vocab)).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['kvcach'], prefix: false, fuzzy: false },
        {
          combineWith: 'AND',
          queries: [
            { queries: ['kv'], prefix: false, fuzzy: false },
            { queries: ['cach'], prefix: false, fuzzy: false },
          ],
        },
      ],
    });
  });
  it('does not split a known name into common words', () => {
    expect(wordNode('longformer', 'normal', vocab)).toEqual({
      queries: ['longformer'],
      prefix: false,
      fuzzy: false,
    });
  });
  it('uses the glued forms seen in the corpus', () => {
    expect(JSON.stringify(wordNode('ringattention', 'normal', vocab))).toContain('"ring"');
  });
  it('is fuzzy only for long rare words, never in exact mode', () => {
    expect(wordNode('merging', 'normal', vocab)).toMatchObject({ fuzzy: 0.2 });
    expect(wordNode('merging', 'exact', vocab)).toMatchObject({ fuzzy: false });
    expect(wordNode('attention', 'normal', vocab)).toMatchObject({ fuzzy: false });
  });
  it('prefix-matches the unstemmed word being typed', () => {
    expect(wordNode('caches', 'typing', vocab)).toEqual({
      combineWith: 'OR',
      queries: [
        { queries: ['cach'], prefix: false, fuzzy: false },
        { queries: ['caches'], prefix: true, fuzzy: false },
      ],
    });
    expect(wordNode('at', 'typing', vocab)).toBeNull();
  });
});

describe('requiredGroups / excludedGroups', () => {
  it('keeps an alternative once when a glued form stems to the word itself', () => {
    // "state s" glued is "states", stemmed "stat": the same leaf as "state" (read once, not twice).
    const groups = requiredGroups(parseQuery('state s'), { ...vocab, df: () => 9 });
    expect(groups).toEqual([
      { queries: ['stat'], prefix: false, fuzzy: false, word: 'state s', typing: true },
    ]);
  });
  it('merges adjacent words whose glued form is indexed', () => {
    const groups = requiredGroups(parseQuery('long context '), {
      ...vocab,
      df: (t) => (t === 'longcontext' ? 1 : vocab.df(t)),
    });
    expect(groups).toHaveLength(1);
    expect(JSON.stringify(groups[0])).toContain('"longcontext"');
  });
  it('adds phrase words exactly and skips stopwords', () => {
    // A required group is labelled with its word, for the page's note on the query.
    expect(requiredGroups(parseQuery('"the kv of"'), vocab)).toEqual([
      { queries: ['kv'], prefix: false, fuzzy: false, word: 'kv', typing: false },
    ]);
    expect(excludedGroups(parseQuery('-the -kv'), vocab)).toEqual([
      { queries: ['kv'], prefix: false, fuzzy: false },
    ]);
  });
});
