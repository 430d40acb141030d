import { describe, expect, it } from 'vitest';
import { blend, contrast, parseHex } from './contrast';

describe('contrast', () => {
  it('matches the WCAG extremes', () => {
    expect(contrast(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#777777'), parseHex('#777777'))).toBe(1);
  });

  it('blends like fill-opacity over an opaque background', () => {
    expect(blend(parseHex('#ffffff'), parseHex('#000000'), 0.5)).toEqual([127.5, 127.5, 127.5]);
    expect(blend(parseHex('#0b5cad'), parseHex('#ffffff'), 1)).toEqual(parseHex('#0b5cad'));
  });

  it('rejects anything but #rrggbb', () => {
    expect(() => parseHex('red')).toThrow(/#rrggbb/);
  });
});
