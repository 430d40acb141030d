import { describe, expect, it } from 'vitest';
import { formatClaimSummary } from './claim-summary';
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
