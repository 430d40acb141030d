import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderByKeyDesc } from './radix-order';

/** The definition: a stable sort, largest first, NaN last, -0 equal to 0. */
function reference(items: number[], key: (i: number) => number): number[] {
  return items
    .map((item, at) => ({ item, at, k: key(item) }))
    .sort((a, b) => {
      const na = Number.isNaN(a.k);
      const nb = Number.isNaN(b.k);
      if (na !== nb) return na ? 1 : -1;
      if (!na && a.k !== b.k) return b.k - a.k;
      return a.at - b.at;
    })
    .map((x) => x.item);
}

describe('orderByKeyDesc', () => {
  it('is a stable sort, largest first, NaN last', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1, 2, Number.NaN, Infinity, -Infinity, 5e-324),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (keys) => {
        const items = keys.map((_, i) => (i * 7919) % Math.max(1, keys.length));
        const key = (i: number) => keys[i] ?? Number.NaN;
        expect(Array.from(orderByKeyDesc(Uint32Array.from(items), key))).toEqual(
          reference(items, key),
        );
      }),
      { numRuns: 500 },
    );
  });
});
