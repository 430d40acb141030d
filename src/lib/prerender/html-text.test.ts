import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, jsonLdScript, metaDescription, wellFormed } from './html-text';

describe('metaDescription', () => {
  it('keeps a short text whole, with whitespace collapsed', () => {
    expect(metaDescription('  A short\n abstract.  ')).toBe('A short abstract.');
  });

  it('cuts a long text at a word and marks the cut', () => {
    const text = `${'word '.repeat(40)}end`;
    const out = metaDescription(text);
    expect(out.endsWith('word…')).toBe(true);
    expect(Array.from(out).length).toBeLessThanOrEqual(160);
  });

  it('drops punctuation left before the cut', () => {
    const text = `${'a'.repeat(150)} bb, ${'c'.repeat(40)}`;
    expect(metaDescription(text)).toBe(`${'a'.repeat(150)} bb…`);
  });

  it('cuts a text without spaces between characters, never inside an emoji', () => {
    const out = metaDescription('🚀'.repeat(300));
    expect(Array.from(out)).toHaveLength(160);
    expect(wellFormed(out)).toBe(out);
  });

  it('is at most max characters, a prefix of the text up to the mark, and well-formed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 20, max: 200 }),
        (s, max) => {
          const flat = s.replace(/\s+/g, ' ').trim();
          const out = metaDescription(s, max);
          expect(Array.from(out).length).toBeLessThanOrEqual(max);
          if (out.endsWith('…') && out !== flat)
            expect(flat.startsWith(out.slice(0, -1))).toBe(true);
          else expect(out).toBe(flat);
        },
      ),
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed or commented by the data, and parses back to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const data = { name: `</script><!--${s}<script>&` };
        const block = jsonLdScript(data);
        const inner = block.slice(
          '<script type="application/ld+json">'.length,
          -'</script>'.length,
        );
        expect(inner).not.toMatch(/[<>&]/);
        expect(JSON.parse(inner)).toEqual(data);
      }),
    );
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(wellFormed('a\uD800b🚀\uDC00')).toBe('a\uFFFDb🚀\uFFFD');
  });
});
