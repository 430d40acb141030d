import { expect, it } from 'vitest';
import { formatCount } from './format-number';

it('formats counts compactly', () => {
  expect(formatCount(1_000_000)).toBe('1M');
  expect(formatCount(128_000)).toBe('128K');
  expect(formatCount(131_072)).toBe('131K');
  expect(formatCount(1_500)).toBe('1.5K');
  expect(formatCount(7.93)).toBe('7.93');
  expect(formatCount(7e9)).toBe('7B');
  expect(formatCount(58)).toBe('58');
});
