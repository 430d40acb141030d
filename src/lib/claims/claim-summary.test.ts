import { describe, expect, it } from 'vitest';
import { claimKindLabel, formatClaimSummary } from './claim-summary';
import type { Claim } from '../types';

const claim = (kind: Claim['kind'], value: number, unit: string): Claim => ({
  kind,
  value,
  unit,
  text: '',
  sentence: '',
});

describe('formatClaimSummary', () => {
  it('names the longest context and the largest speedup, and nothing else', () => {
    const claims = [
      claim('context', 32_000, 'tokens'),
      claim('context', 1_000_000, 'tokens'),
      claim('speedup', 2, '×'),
      claim('speedup', 3.5, '×'),
      claim('reduction', 40, '%'),
    ];
    expect(formatClaimSummary(claims)).toBe('1M tokens · 3.5× faster');
  });

  it('is empty without either', () => {
    expect(formatClaimSummary([claim('reduction', 40, '%')])).toBe('');
  });
});

describe('claimKindLabel', () => {
  it('labels a claim unless its written text already says the kind', () => {
    expect(claimKindLabel({ kind: 'speedup', text: '4x speedups' })).toBe('');
    expect(claimKindLabel({ kind: 'reduction', text: '3x Reduction' })).toBe('');
    expect(claimKindLabel({ kind: 'speedup', text: '2.3× faster' })).toBe('Speedup');
    expect(claimKindLabel({ kind: 'context', text: '128K tokens' })).toBe('Context');
    expect(claimKindLabel({ kind: 'model-size', text: '7B parameters' })).toBe('Model size');
  });
});
