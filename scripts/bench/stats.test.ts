import { describe, expect, it } from 'vitest';
import { fmtBytes, percentile, summarize } from './stats';
import { naiveHaystacks, naiveSearch } from './naive-scan';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes without mutating the samples', () => {
    const xs = [3, 1, 2];
    expect(summarize(xs)).toMatchObject({ n: 3, p50: 2, max: 3, mean: 2 });
    expect(xs).toEqual([3, 1, 2]);
  });

  it('formats sizes', () => {
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(160 * 1024)).toBe('160.0 KB');
  });
});

describe('naive scan peer', () => {
  const hay = naiveHaystacks([
    { title: 'Ring Attention', abstract: 'Sequence parallel attention.' },
    { title: 'Sparse Attention', abstract: 'Sparse patterns.' },
  ]);
  it('needs every term, honours exclusions and ignores quotes', () => {
    expect(naiveSearch(hay, 'ATTENTION')).toEqual([0, 1]);
    expect(naiveSearch(hay, 'attention -sparse')).toEqual([0]);
    expect(naiveSearch(hay, '"sequence parallel"')).toEqual([0]);
  });
});
