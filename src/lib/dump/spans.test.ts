import { describe, expect, it } from 'vitest';
import { replaceSpans } from './spans';

const upper = (s: string): string =>
  replaceSpans(s, /\(/g, /\)/g, 10, (inner) => inner.toUpperCase());

describe('replaceSpans', () => {
  it('pairs each opener with the first closer after it', () => {
    expect(upper('a (b) c (d) e')).toBe('a B c D e');
    expect(upper('a ((b) c)')).toBe('a (B c)');
  });
  it('leaves unclosed and too-long spans alone', () => {
    expect(upper('a (b c')).toBe('a (b c');
    expect(upper('a (this is far too long) (ok)')).toBe('a (this is far too long) OK');
  });
  it('stays linear on many unclosed openers', () => {
    // Quadratic work here would run into the test's timeout.
    const s = '('.repeat(2_000_000);
    expect(upper(s)).toBe(s);
  });
});
