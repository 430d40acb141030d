import { describe, expect, it } from 'vitest';
import { sharedPhrases } from './shared-phrases';

describe('sharedPhrases', () => {
  it('prefers multi-word and rarer phrases, skipping ones inside a chosen phrase', () => {
    const table = {
      surface: ['video', 'ring attention', 'attention', 'long video', 'fall'],
      words: Int32Array.from([1, 2, 1, 2, 1]),
      df: Int32Array.from([50, 3, 40, 5, 2]),
      papers: [Int32Array.from([0, 1, 2, 3, 4]), Int32Array.from([0, 1, 2, 3])],
    };
    expect(sharedPhrases(table, 0, 1)).toEqual(['ring attention', 'long video']);
    expect(sharedPhrases(table, 0, 5)).toEqual([]);
  });
});
