import { describe, expect, it } from 'vitest';
import { phraseKeyCache, phrasePredicate } from './phrase-filter';
import { parseQuery } from './query';

const docs = [
  { title: 'Attention with Linear Biases', abstract: 'ALiBi.' },
  { title: 'Mamba-2', name: 'Mamba2', abstract: 'Linear time. Biases aside.' },
];
const keys = phraseKeyCache(docs);
const pass = (q: string) => {
  const p = phrasePredicate(parseQuery(q), keys);
  return p ? docs.map((_, i) => i).filter(p) : null;
};

describe('phrasePredicate', () => {
  it('is null without phrases', () => {
    expect(pass('linear biases')).toBeNull();
  });
  it('needs the words in order, on word edges, within one field', () => {
    expect(pass('"linear biases"')).toEqual([0]);
    expect(pass('"linear bias"')).toEqual([]);
    expect(pass('"time biases"')).toEqual([]);
    expect(pass('"mamba 2"')).toEqual([1]);
  });
  it('lets the last word of an open phrase be a prefix', () => {
    expect(pass('"linear bi')).toEqual([0]);
    expect(pass('"linear bi ')).toEqual([]);
  });
  it('drops papers with an excluded phrase', () => {
    expect(pass('-"linear biases"')).toEqual([1]);
  });
});
