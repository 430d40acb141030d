import { describe, expect, it } from 'vitest';
import { expandCase, phraseAnchors, phraseRequirements, phraseToRegex } from './phrase-syntax';

const matches = (phrase: string, text: string): string[] =>
  [...text.matchAll(phraseToRegex(phrase))].map((m) => m[0]);

describe('phraseToRegex', () => {
  it('treats a space as space, hyphen or nothing', () => {
    expect(matches('kv cache', 'KV cache, KV-cache and KVcache')).toEqual([
      'KV cache',
      'KV-cache',
      'KVcache',
    ]);
  });
  it('matches whole words only', () => {
    expect(matches('rope', 'RoPE but not europe or ropes')).toEqual(['RoPE']);
    expect(matches('ssms?', 'SSM and SSMs but not SSMx')).toEqual(['SSM', 'SSMs']);
  });
  it('supports word-ending wildcards, groups and optional words', () => {
    expect(matches('extrapolat*', 'extrapolates and extrapolation')).toEqual([
      'extrapolates',
      'extrapolation',
    ]);
    expect(matches('(kv|key value) cache', 'key-value cache')).toEqual(['key-value cache']);
    expect(matches('extend* ~ ~ context window', "extending LLMs' context window")).toEqual([
      "extending LLMs' context window",
    ]);
  });
  it('is case-sensitive with a leading =', () => {
    expect(matches('=CoT', 'CoT but not cot')).toEqual(['CoT']);
  });
  it('escapes literal punctuation', () => {
    expect(matches('key value \\(kv\\) cache', 'the key-value (KV) cache')).toEqual([
      'key-value (KV) cache',
    ]);
    expect(matches('i/o aware', 'I/O-aware kernels')).toEqual(['I/O-aware']);
  });
  it('works as a sticky regex at one offset', () => {
    const re = phraseToRegex('sparse attention', 'y');
    re.lastIndex = 4;
    expect(re.test('use sparse attention')).toBe(true);
    re.lastIndex = 0;
    expect(re.test('use sparse attention')).toBe(false);
  });
});

describe('phraseAnchors', () => {
  it('anchors on the first word, whole or as a prefix', () => {
    expect(phraseAnchors('sparse attention')).toEqual(['sparse']);
    expect(phraseAnchors('mamba( ?2)?')).toEqual(['mamba']);
    expect(phraseAnchors('ulysses')).toEqual(['=ulysses']);
    expect(phraseAnchors('kv cache')).toEqual(['=kv']);
    expect(phraseAnchors('models?')).toEqual(['model']);
  });
  it('covers every alternative and optional leading groups', () => {
    expect(phraseAnchors('(kv|key value) cache')).toEqual(['=kv', 'key']);
    expect(phraseAnchors('(gated )?delta ?net')?.sort()).toEqual(['delta', 'gated']);
    expect(phraseAnchors('=RoPE|rotary')).toEqual(['=rope', '=rotary']);
  });
});

describe('expandCase', () => {
  it('splits alternatives when one is case-sensitive', () => {
    expect(expandCase({ p: '=LLMs?|language models?', w: 2 })).toEqual([
      { p: '=LLMs?', w: 2 },
      { p: 'language models?', w: 2 },
    ]);
    expect(expandCase({ p: 'a|b' })).toEqual([{ p: 'a|b' }]);
  });
});

describe('phraseRequirements', () => {
  it('lists the other words a match must contain', () => {
    expect(phraseRequirements('kv cache')).toEqual([['=cache']]);
    expect(phraseRequirements('(context|token) compression')).toEqual([['=compression']]);
    expect(phraseRequirements('(sequence|context) (level )?parallel(ism)?')).toEqual([
      ['parallel'],
    ]);
    expect(phraseRequirements('long (convolution*|filters?)')).toEqual([['convolution', 'filter']]);
  });
  it('requires nothing that may be glued, optional or alternative', () => {
    expect(phraseRequirements('ring ?(self )?attention')).toEqual([]);
    expect(phraseRequirements('a|b c')).toEqual([]);
    expect(phraseRequirements('compress* ~ (contexts?|prompts?)')).toEqual([['context', 'prompt']]);
    expect(phraseRequirements('long (chain|horizon) (of )?reasoning')).toEqual([
      ['=chain', '=horizon'],
      ['=reasoning'],
    ]);
  });
});
