import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenSample } from './even-sample';

describe('evenSample', () => {
  it('gives min(n, size) distinct positions in order, the first one first', () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.integer({ min: 1, max: 20_000 }), (n, size) => {
        const s = evenSample(n, size);
        expect(s.length).toBe(Math.min(n, size));
        s.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(i === 0 ? 0 : s[i - 1]! + 1);
          expect(p).toBeLessThan(n);
        });
        if (n > 0) expect(s[0]).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
