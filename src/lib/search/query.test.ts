import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isEmptyQuery, MAX_QUERY_PARTS, parseQuery } from './query';

describe('parseQuery', () => {
  it('reads plain words, phrases and exclusions', () => {
    expect(parseQuery('kv cache "linear biases" -mamba -"state space" ')).toEqual({
      terms: ['kv', 'cache'],
      phrases: ['linear biases'],
      excluded: ['mamba'],
      excludedPhrases: ['state space'],
      lastIsPrefix: false,
      lastPhraseOpen: false,
    });
  });
  it('marks the last plain word as a prefix while it is being typed', () => {
    expect(parseQuery('ring att').lastIsPrefix).toBe(true);
    expect(parseQuery('ring att ').lastIsPrefix).toBe(false);
    expect(parseQuery('ring -att').lastIsPrefix).toBe(false);
    expect(parseQuery('ring "att"').lastIsPrefix).toBe(false);
  });
  it('tolerates an unbalanced quote: the rest is an open phrase', () => {
    const p = parseQuery('sparse "ring att');
    expect(p.terms).toEqual(['sparse']);
    expect(p.phrases).toEqual(['ring att']);
    expect(p.lastPhraseOpen).toBe(true);
    expect(parseQuery('"ring att ').lastPhraseOpen).toBe(false);
    expect(parseQuery('"').phrases).toEqual([]);
  });
  it('keeps hyphens inside words and case for camelCase splitting', () => {
    expect(parseQuery('Transformer-XL RingAttention').terms).toEqual([
      'Transformer-XL',
      'RingAttention',
    ]);
  });
  it('ignores lone dashes, pluses and punctuation-only words', () => {
    const p = parseQuery('- + -- ... +ring');
    expect(p.terms).toEqual(['ring']);
    expect(p.excluded).toEqual([]);
  });
  it('is empty for blank input', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
  });
  it('caps the number of parts', () => {
    const p = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    expect(p.terms).toHaveLength(MAX_QUERY_PARTS);
    expect(p.lastIsPrefix).toBe(false);
  });
  it('never throws, on any string', () => {
    const hostile = [
      'x'.repeat(5000),
      '\ud800"\u0000-\udfff',
      '"'.repeat(999),
      '-'.repeat(5000),
      '\u0000',
    ];
    for (const q of hostile) expect(() => parseQuery(q)).not.toThrow();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (q) => {
        const p = parseQuery(q);
        for (const t of [...p.terms, ...p.phrases, ...p.excluded])
          expect(t.includes('\u0000')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
