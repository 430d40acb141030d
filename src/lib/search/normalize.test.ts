import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldMarks, phraseKey, phraseUnits, sanitize } from './normalize';

describe('fold', () => {
  it('drops case and diacritics, and expands compatibility forms', () => {
    expect(fold('Café Noël')).toBe('cafe noel');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('ﬁne-tuning')).toBe('fine-tuning');
    expect(foldMarks('Ångström')).toBe('Angstrom');
  });
});

describe('phraseUnits / phraseKey', () => {
  it('splits on punctuation and where letters meet digits', () => {
    expect(phraseUnits('Mamba2, Mamba-2 and mamba 2')).toEqual([
      'mamba',
      '2',
      'mamba',
      '2',
      'and',
      'mamba',
      '2',
    ]);
    expect(phraseKey('Attention with Linear Biases (ALiBi).')).toBe(
      ' attention with linear biases alibi ',
    );
    expect(phraseKey('Linear time. Biases: 1.5 each')).toBe(' linear time | biases | 1 5 each ');
  });
});

describe('sanitize', () => {
  it('replaces NUL, control characters and lone surrogates, keeps pairs', () => {
    expect(sanitize('a\u0000b\u001fc\ud800d\udc00e😀')).toBe('a b c d e😀');
  });
  it('never changes the length and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(sanitize(s)).toHaveLength(s.length);
      }),
    );
  });
});
