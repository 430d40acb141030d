import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { phraseKeyCache, phraseKeysOf, phrasePredicate } from './phrase-filter';
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

describe('phrases on authors', () => {
  // Names of capitalised words, with initials ("E.") and punctuation a listing may carry.
  const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
  const name = fc
    .array(
      fc.oneof(
        word,
        word.map((w) => `${w[0]}.`),
      ),
      { minLength: 2, maxLength: 4 },
    )
    .map((ws) => ws.join(' '));
  const matches = (authors: string[], q: string) => {
    const p = phrasePredicate(parseQuery(q), () =>
      phraseKeysOf({ title: 'T', abstract: '', authors }),
    );
    return p ? p(0) : false;
  };
  it('finds every author by their whole name as a phrase', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), fc.nat(), (authors, i) =>
        matches(authors, `"${authors[i % authors.length]!}"`),
      ),
    );
  });
  it('never joins the end of one author to the start of the next', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const phrase = `"${a.split(' ').at(-1)!} ${b.split(' ')[0]!}"`;
        // Only a phrase that one name holds by itself may match.
        fc.pre(!` ${a} `.includes(phrase.slice(1, -1)) && !` ${b} `.includes(phrase.slice(1, -1)));
        return !matches([a, b], phrase);
      }),
    );
  });
});
