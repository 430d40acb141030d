import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatFactor } from './format-number';

describe('formatCount', () => {
  it('formats counts compactly', () => {
    expect(formatCount(1_000_000)).toBe('1M');
    expect(formatCount(128_000)).toBe('128K');
    expect(formatCount(131_072)).toBe('131K');
    expect(formatCount(1_500)).toBe('1.5K');
    expect(formatCount(7.93)).toBe('7.93');
    expect(formatCount(7e9)).toBe('7B');
    expect(formatCount(58)).toBe('58');
  });

  it('writes sizes as people do: 50K tokens, not 50.11K', () => {
    expect(formatCount(50_112)).toBe('50K');
    expect(formatCount(2_300_000)).toBe('2.3M');
    expect(formatCount(3_700_000)).toBe('3.7M');
    expect(formatCount(1_024_000)).toBe('1M');
    expect(formatCount(2_048_000)).toBe('2M');
    expect(formatCount(999_700)).toBe('1M');
    expect(formatCount(9_960)).toBe('10K');
  });

  it('stays within 5 % of the value and uses at most three digits before the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e13 }), (n) => {
        const out = formatCount(n);
        const m = /^(\d+(?:\.\d)?)([KMBT])$/.exec(out);
        expect(m, out).not.toBeNull();
        const scale = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[m![2] as 'K'];
        expect(Math.abs(Number(m![1]) * scale - n) / n).toBeLessThan(0.05);
        expect(m![1]!.replace('.', '').length).toBeLessThanOrEqual(n >= 1e15 ? 4 : 3);
      }),
    );
  });
});

describe('formatFactor', () => {
  it('never abbreviates a factor: 4,000× not 4K×', () => {
    expect(formatFactor(4000)).toBe('4,000');
    expect(formatFactor(12_345)).toBe('12,345');
    expect(formatFactor(7.934)).toBe('7.93');
    expect(formatFactor(2.2)).toBe('2.2');
    expect(formatFactor(14.83)).toBe('14.8');
    expect(formatFactor(250.4)).toBe('250');
  });

  it('has no unit letter and reads back close to the value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e7, noNaN: true }), (n) => {
        const out = formatFactor(n);
        expect(out).toMatch(/^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$/);
        expect(Math.abs(Number(out.replace(/,/g, '')) - n) / n).toBeLessThan(0.01);
      }),
    );
  });
});
