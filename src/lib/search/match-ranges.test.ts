import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchRanges } from './match-ranges';

describe('matchRanges', () => {
  it('reports offsets in the original text and which term matched', () => {
    expect(matchRanges('Naïve KV-cache caches', ['naive', 'cach'])).toEqual([
      { start: 0, end: 5, term: 0 },
      { start: 9, end: 14, term: 1 },
      { start: 15, end: 21, term: 1 },
    ]);
  });
  it('is empty without terms or text', () => {
    expect(matchRanges('text', [])).toEqual([]);
    expect(matchRanges('', ['a'])).toEqual([]);
  });
  it('marks camel-case and letter/digit pieces, glued pairs and phrases', () => {
    expect(
      matchRanges('FlashAttention-2 and Mamba2: KV-cache', ['attention', 'mamba', 'kvcach']),
    ).toEqual([
      { start: 5, end: 14, term: 0 },
      { start: 21, end: 26, term: 1 },
      { start: 29, end: 37, term: 2 },
    ]);
  });

  // Words of the text, whole or cut, in any case, plus some noise: what a results page asks.
  const textAndTerms = fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'KV-cache',
            'FlashAttention2',
            'Mamba-2',
            'caches',
            'Über',
            'state',
            'KVCaches',
            'LongContexts2',
          ),
          fc.string({ unit: 'grapheme', maxLength: 10 }),
        ),
        { maxLength: 30 },
      ),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
    )
    .map(([words, picks]) => {
      const text = words.join(' ');
      const terms = picks.map(([a, b, upper]) => {
        const t = text.slice(
          Math.min(a, b) % (text.length + 1),
          Math.max(a, b) % (text.length + 1),
        );
        return upper ? t.toUpperCase() : t.toLowerCase();
      });
      return { text, terms };
    });

  it('gives ranges inside the text, in order, each naming one of the terms', () => {
    fc.assert(
      fc.property(textAndTerms, ({ text, terms }) => {
        const ranges = matchRanges(text, terms);
        ranges.forEach((r, i) => {
          expect(0 <= r.start && r.start < r.end && r.end <= text.length).toBe(true);
          expect(r.term).toBeLessThan(terms.length);
          if (i > 0) expect(ranges[i - 1]!.start).toBeLessThanOrEqual(r.start);
        });
      }),
      { numRuns: 500 },
    );
  });
});
