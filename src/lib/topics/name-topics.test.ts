import { describe, expect, it } from 'vitest';
import { definingPhrases, nameFirst } from './name-topics';
import type { Vocabulary } from './vocabulary';

function vocabOf(keys: string[]): Vocabulary {
  return {
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    surface: keys,
    words: Int32Array.from(keys, (k) => k.split(' ').length),
    df: Int32Array.from(keys, () => 4),
    sampleSize: 10,
    acronyms: new Map(),
  };
}

describe('definingPhrases', () => {
  it('skips a phrase inside a chosen one, and the same words in another form', () => {
    const vocab = vocabOf(['physic', 'physical', 'camera control', 'camera', 'robot']);
    const ranked = [0, 1, 2, 3, 4].map((feature, i) => ({ feature, score: 5 - i, n: 3 }));
    expect(definingPhrases(ranked, vocab, 8).map((f) => vocab.keys[f])).toEqual([
      'physic',
      'camera control',
      'robot',
    ]);
  });
});

describe('nameFirst', () => {
  const vocab = vocabOf(['future states', 'visual tokens', 'spatial reasoning', 'reasoner']);
  const ranked = [3, 3, 5, 9].map((n, feature) => ({ feature, score: 1 / (feature + 1), n }));
  const names = (defining: number[], size: number) =>
    nameFirst(defining, ranked, size, vocab).map((f) => vocab.keys[f]);

  it('names a topic by a multi-word phrase that a fifth of its papers hold, not one of three', () => {
    // Then the phrase held most widely of the rest: a name of two phrases takes it.
    expect(names([0, 1, 2, 3], 23)).toEqual([
      'spatial reasoning',
      'reasoner',
      'future states',
      'visual tokens',
    ]);
  });
  it('keeps the most distinctive first when it is held widely enough, or nothing better is', () => {
    expect(names([0, 1, 2, 3], 12)).toEqual([
      'future states',
      'visual tokens',
      'spatial reasoning',
      'reasoner',
    ]);
    expect(names([0, 1, 3], 23)).toEqual(['future states', 'reasoner', 'visual tokens']);
  });
});

describe('nameFirst with qualifiers', () => {
  const vocab = vocabOf([
    'discret',
    'token',
    'discret token',
    'physic',
    'physical reason',
    'social',
    'detect',
    'longform',
    'long document',
  ]);
  const isQualifier = (w: string) => ['discret', 'social'].includes(w);
  const held = [8, 7, 5, 5, 3, 7, 12, 5, 5];
  const ranked = held.map((n, feature) => ({ feature, score: 1 / (feature + 1), n }));
  const names = (defining: number[], size: number) =>
    nameFirst(defining, ranked, size, vocab, isQualifier).map((f) => vocab.keys[f]);

  it('completes a lone qualifier with the phrase most of its papers hold', () => {
    // The phrase inside it goes: "Discrete tokens", not "Discrete tokens & tokens".
    expect(names([0, 1, 6], 14)).toEqual(['discret token', 'detect']);
  });
  it('never lets a qualifier stand as either half of a name', () => {
    // "Detection & social" read as a fragment: the qualifier, held by 2 of 7 as "social media"
    // at most, goes after the nouns.
    expect(names([6, 5, 1], 29)).toEqual(['detect', 'token', 'social']);
    expect(names([5, 6, 1], 29)).toEqual(['detect', 'token', 'social']);
  });
  it('gives a lone word up for a held phrase of it in another form, five letters or more', () => {
    expect(names([3, 4, 1], 9)).toEqual(['physical reason', 'physic', 'token']);
    expect(names([7, 8], 13)).toEqual(['longform', 'long document']);
  });
});
