import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_SLUG_BASE, slugify, uniqueSlugs } from './slug';

describe('slugify', () => {
  it('follows the contract example', () => {
    expect(slugify('Longformer: The Long-Document Transformer')).toBe(
      'longformer-the-long-document-transformer',
    );
  });
  it('applies NFKD and drops combining marks', () => {
    expect(slugify('Café Über Naïve Ångström')).toBe('cafe-uber-naive-angstrom');
    expect(slugify('ﬁne ｆｕｌｌｗｉｄｔｈ ²')).toBe('fine-fullwidth-2');
  });
  it('turns every run outside [a-z0-9] into one dash and trims dashes', () => {
    expect(slugify('  --Can Mamba Always Enjoy the "Free Lunch"?--  ')).toBe(
      'can-mamba-always-enjoy-the-free-lunch',
    );
    expect(slugify('S²-Attn × 128K → ∞')).toBe('s2-attn-128k');
  });
  it('is empty for titles with no latin letters or digits', () => {
    expect(slugify('长上下文建模 🚀')).toBe('');
  });
  it('only ever yields [a-z0-9-] without leading, trailing or double dashes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        expect(slugify(title)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('uniqueSlugs', () => {
  it('suffixes collisions -2, -3 in dump order', () => {
    expect(uniqueSlugs(['A: B', 'A B', 'a-b!', 'C'])).toEqual(['a-b', 'a-b-2', 'a-b-3', 'c']);
  });
  it('uses "paper" as the base when a slug would be empty', () => {
    expect(uniqueSlugs(['长上下文', '🚀🚀', 'Paper'])).toEqual([
      EMPTY_SLUG_BASE,
      `${EMPTY_SLUG_BASE}-2`,
      `${EMPTY_SLUG_BASE}-3`,
    ]);
  });
  it('never hands out a slug twice, even when a title slugs to a generated suffix', () => {
    expect(uniqueSlugs(['X', 'X 2', 'X'])).toEqual(['x', 'x-2', 'x-3']);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'x 2', 'x-3', 'X', '', '⁂', 'y'), { maxLength: 30 }),
        (titles) => {
          const slugs = uniqueSlugs(titles);
          expect(new Set(slugs).size).toBe(titles.length);
          slugs.forEach((slug) => expect(slug).not.toBe(''));
        },
      ),
    );
  });
});
