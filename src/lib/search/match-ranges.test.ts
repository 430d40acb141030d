import { describe, expect, it } from 'vitest';
import { matchRanges } from './match-ranges';

describe('matchRanges', () => {
  it('reports offsets in the original text and which term matched', () => {
    expect(matchRanges('Naïve KV-cache caches', ['naive', 'cach'])).toEqual([
      { start: 0, end: 5, term: 0 },
      { start: 9, end: 14, term: 1 },
      { start: 15, end: 21, term: 1 },
    ]);
  });
  it('is empty without terms or text', () => {
    expect(matchRanges('text', [])).toEqual([]);
    expect(matchRanges('', ['a'])).toEqual([]);
  });
});
