import { describe, expect, it } from 'vitest';
import { count, firstFew, oneLine, quoteLine } from './warning-text';

describe('warning text', () => {
  it('puts a wrapped value on one line', () => {
    expect(oneLine('  Long\n\tcontext  models ')).toBe('Long context models');
  });
  it('quotes the start of a long line, bounded', () => {
    expect(quoteLine('a\nb')).toBe('"a b"');
    expect(quoteLine('x'.repeat(1e6))).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
  });
  it('agrees words with a count and shortens long lists', () => {
    expect(count(1, 'row has', 'rows have')).toBe('1 row has');
    expect(count(3, 'row has', 'rows have')).toBe('3 rows have');
    expect(firstFew([4, 9, 12], 5)).toBe('4, 9, 12');
    expect(firstFew(['a', 'b', 'c'], 2)).toBe('a, b, …');
  });
});
