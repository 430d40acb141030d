import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatContextSize, MAX_CONTEXT, parseContextSize } from './context-size';

describe('parseContextSize', () => {
  it('reads plain numbers, k/M/B suffixes and thousands separators', () => {
    expect(parseContextSize('131072')).toBe(131072);
    expect(parseContextSize('128k')).toBe(128_000);
    expect(parseContextSize('128K')).toBe(128_000);
    expect(parseContextSize('1M')).toBe(1_000_000);
    expect(parseContextSize('1.5m')).toBe(1_500_000);
    expect(parseContextSize('128,000')).toBe(128_000);
    expect(parseContextSize(' 32k tokens ')).toBe(32_000);
  });
  it('rejects what is not a positive size, and clamps huge values', () => {
    for (const bad of ['', '0', '-5', 'abc', '1e5', '12,34', '1.2.3', 'k', '0.1', '9'.repeat(50)]) {
      expect(parseContextSize(bad), bad).toBeUndefined();
    }
    expect(parseContextSize('999999999999999')).toBe(MAX_CONTEXT);
  });
  it('round-trips through formatContextSize', () => {
    expect(formatContextSize(128_000)).toBe('128k');
    expect(formatContextSize(2_000_000)).toBe('2M');
    expect(formatContextSize(131_072)).toBe('131072');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CONTEXT }), (n) => {
        expect(parseContextSize(formatContextSize(n))).toBe(n);
      }),
    );
  });
});
