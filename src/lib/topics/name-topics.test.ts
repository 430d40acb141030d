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
