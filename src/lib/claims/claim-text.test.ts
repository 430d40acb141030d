import { describe, expect, it } from 'vitest';
import { parseNumber, prepareAbstract, splitSentences, tidy } from './claim-text';

describe('claim-text', () => {
  it('parses thousands commas and decimals', () => {
    expect(parseNumber('50,112')).toBe(50_112);
    expect(parseNumber('1,024')).toBe(1024);
    expect(parseNumber('7.93')).toBe(7.93);
  });

  it('tidies binary noise only', () => {
    expect(tidy(2.3 * 1e6, 0)).toBe(2_300_000);
    expect(tidy(19.95 * 1e6, 0)).toBe(19_950_000);
    expect(tidy((1 - 1 / 3) * 100, 1)).toBe(66.7);
  });

  it('undoes the TeX leftovers that change meaning and blanks URLs', () => {
    expect(
      prepareAbstract('over 90\\% at 2klongrightarrow 128k, see https://github.com/a/B-7B now'),
    ).toBe('over 90% at 2k → 128k, see now');
  });

  it('splits sentences but not decimals or e.g.', () => {
    expect(
      splitSentences('It is 2.5x faster, e.g. on GPUs. Then 7B models follow! (Yes) ok'),
    ).toEqual(['It is 2.5x faster, e.g. on GPUs.', 'Then 7B models follow!', '(Yes) ok']);
    // An abbreviation before a capital, a digit or a bracket does not end the sentence.
    expect(splitSentences('Tokens: 33B vs. REPA 262B. Lengths (e.g. 2k to 128k) hold.')).toEqual([
      'Tokens: 33B vs. REPA 262B.',
      'Lengths (e.g. 2k to 128k) hold.',
    ]);
  });
});
