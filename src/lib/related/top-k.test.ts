import { describe, expect, it } from 'vitest';
import { TopK } from './top-k';

describe('TopK', () => {
  it('keeps the k best, higher score first, lower id on ties, ignoring non-positive scores', () => {
    const top = new TopK(3);
    [
      [5, 0.2],
      [1, 0.9],
      [7, 0],
      [2, 0.5],
      [9, 0.5],
      [4, 0.1],
      [3, 0.5],
    ].forEach(([id, s]) => top.offer(id ?? 0, s ?? 0));
    expect(top.items()).toEqual([1, 2, 3]);
    top.clear();
    expect(top.items()).toEqual([]);
  });

  it('holds nothing when k is 0', () => {
    const top = new TopK(0);
    top.offer(1, 1);
    expect(top.items()).toEqual([]);
  });
});
