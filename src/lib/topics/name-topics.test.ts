import { describe, expect, it } from 'vitest';
import { definingPhrases } from './name-topics';
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
