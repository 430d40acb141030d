import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePaperSet, encodePaperSet, MAX_ID } from './paper-set';

describe('paper set parameter', () => {
  it('round-trips any set of positions, sorted and without duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 400 }), (xs) => {
        const want = [...new Set(xs)].sort((a, b) => a - b);
        const value = encodePaperSet(xs);
        expect(value === '' ? [] : decodePaperSet(value)).toEqual(want);
      }),
    );
  });

  it('writes the shorter form: gaps for scattered papers, bits for a dense region', () => {
    expect(encodePaperSet([3, 90_000])).toMatch(/^d/);
    const dense = Array.from({ length: 5000 }, (_, i) => i * 2);
    expect(encodePaperSet(dense)).toMatch(/^b/);
    expect(encodePaperSet(dense).length).toBeLessThan(1700);
    expect(encodePaperSet([])).toBe('');
  });

  it('never throws, and refuses what it did not write', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const out = decodePaperSet(s);
        expect(out === null || out.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
      }),
    );
    for (const bad of ['', 'd', 'x1234', 'dA', 'd____', 'b', 'b%%', 'd/8'])
      expect(decodePaperSet(bad)).toBeNull();
    // A varint that never ends, or a position beyond any listing.
    expect(decodePaperSet(`d${'_'.repeat(40)}`)).toBeNull();
    expect(decodePaperSet(encodePaperSet([MAX_ID - 1]))).toEqual([MAX_ID - 1]);
    expect(encodePaperSet([-1, 1.5, MAX_ID, Number.NaN])).toBe('');
  });
});
