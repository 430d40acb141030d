import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyTerms } from './vocab-lookup';

/** Reference: optimal string alignment distance, the textbook full matrix. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const sortedVocab = (words: string[]) => [...new Set(words)].sort();

describe('fuzzyTerms (optimal string alignment)', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    const terms = sortedVocab(['sparse', 'spars', 'parse', 'sprint', 'attention']);
    expect(fuzzyTerms(terms, 'sprase', 1)).toEqual([[terms.indexOf('sparse'), 1]]);
    expect(fuzzyTerms(terms, 'atetntion', 1)).toEqual([[terms.indexOf('attention'), 1]]);
    expect(fuzzyTerms(terms, 'longfromer', 2)).toEqual([]);
  });

  it('finds exactly the terms the reference finds, with the same distances', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', 'd'),
      minLength: 1,
      maxLength: 7,
    });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 1, max: 3 }),
        (ws, q, max) => {
          const terms = sortedVocab(ws);
          const expected = terms
            .map((t, i): [number, number] => [i, osa(t, q)])
            .filter(([, d]) => d <= max);
          expect(fuzzyTerms(terms, q, max)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
