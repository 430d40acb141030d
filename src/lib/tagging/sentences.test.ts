import { describe, expect, it } from 'vitest';
import { analyseSentences, FACTORS, factorAt, nameFromTitle, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on sentence ends but not on abbreviations or decimals', () => {
    const text = 'We use e.g. RoPE. It is 2.5x faster. Next one!';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end).trim())).toEqual([
      'We use e.g. RoPE.',
      'It is 2.5x faster.',
      'Next one!',
    ]);
  });
});

describe('nameFromTitle', () => {
  it('takes a short name before a colon or a trailing acronym', () => {
    expect(nameFromTitle('Longformer: The Long-Document Transformer')).toBe('Longformer');
    expect(nameFromTitle('Scaling Attention with Random Spectral Attention (WERSA)')).toBe('WERSA');
    expect(nameFromTitle('Beyond Context Limits: Subconscious Threads')).toBeUndefined();
    expect(nameFromTitle('No colon here')).toBeUndefined();
  });
});

describe('analyseSentences', () => {
  it('weighs proposal, citing and elaborating sentences', () => {
    const abstract =
      'Existing methods use sparse attention. We propose Foo, a new model. It stores a compressive memory. Experiments show gains.';
    const factors = analyseSentences('Foo: bar', abstract).map((s) => s.factor);
    expect(factors).toEqual([
      FACTORS.citing,
      FACTORS.proposal,
      FACTORS.elaboration,
      FACTORS.neutral,
    ]);
  });

  it('lowers a match right after an example cue', () => {
    const abstract = 'We compare with baselines such as sparse attention by design.';
    const [span] = analyseSentences('', abstract);
    expect(span).toBeDefined();
    expect(factorAt(span!, abstract.indexOf('sparse'), 'structured')).toBe(FACTORS.citing);
    expect(factorAt(span!, abstract.indexOf('design'), 'structured')).toBe(span!.factor);
  });
});
