import { describe, expect, it } from 'vitest';
import { boundedSet } from './bounded-set';

describe('boundedSet', () => {
  it('keeps at most the limit, dropping the oldest quarter when full', () => {
    const cache = new Map<number, number>();
    for (let i = 0; i < 8; i += 1) boundedSet(cache, i, i, 8);
    expect(cache.size).toBe(8);
    boundedSet(cache, 8, 8, 8);
    expect([...cache.keys()]).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});
