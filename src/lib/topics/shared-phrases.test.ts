import { describe, expect, it } from 'vitest';
import { sharedPhrases } from './shared-phrases';

describe('sharedPhrases', () => {
  const table = {
    keys: ['video', 'ring attention', 'attention', 'long video', 'fall', 'employ', 'convolution'],
    surface: [
      'video',
      'ring attention',
      'attention',
      'long video',
      'fall',
      'employs',
      'convolutions',
    ],
    words: Int32Array.from([1, 2, 1, 2, 1, 1, 1]),
    df: Int32Array.from([50, 3, 40, 5, 2, 2, 4]),
    papers: [Int32Array.from([0, 1, 2, 3, 4, 5, 6]), Int32Array.from([0, 1, 2, 3, 5, 6])],
  };

  it('prefers multi-word and rarer phrases, skipping ones inside a chosen phrase', () => {
    expect(sharedPhrases(table, 0, 1, ['video'])).toEqual(['ring attention', 'long video']);
    expect(sharedPhrases(table, 0, 5)).toEqual([]);
  });

  it('shows a lone word only where the similarity leaned on it, strongest first', () => {
    // "employs" is the rarest word both hold, but the match does not rest on it.
    expect(sharedPhrases(table, 0, 1, ['convolution', 'attention'], 4)).toEqual([
      'ring attention',
      'long video',
      'convolutions',
    ]);
    expect(sharedPhrases(table, 0, 1, [], 4)).toEqual(['ring attention', 'long video']);
  });

  it('skips a word inside a chosen phrase when only its stem is (ratios, compression ratio)', () => {
    const plural = {
      keys: ['compression ratio', 'ratio'],
      surface: ['compression ratio', 'ratios'],
      words: Int32Array.from([2, 1]),
      df: Int32Array.from([2, 3]),
      papers: [Int32Array.from([0, 1]), Int32Array.from([0, 1])],
    };
    expect(sharedPhrases(plural, 0, 1, ['ratios'])).toEqual(['compression ratio']);
  });
});
