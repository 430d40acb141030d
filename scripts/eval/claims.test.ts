import { describe, expect, it } from 'vitest';
import { claimFailures, judgeContext, tally } from './claims';
import type { ClaimLabel, ClaimRow } from './claims';

const label = (ownMaxContext: number | null, unit: string | null): ClaimLabel => ({
  ownMaxContext,
  unit,
  evidence: null,
});

describe('context-claim measure', () => {
  it('judges right within 10 %, invented, wrong and missed', () => {
    expect(judgeContext(label(null, null), undefined)).toBe('right');
    expect(judgeContext(label(128_000, 'tokens'), 131_072)).toBe('right');
    expect(judgeContext(label(2_300_000, 'base pairs'), 2_300_000)).toBe('right');
    expect(judgeContext(label(null, null), 1_000_000)).toBe('invented');
    expect(judgeContext(label(200_000, 'tokens'), 2_000_000)).toBe('wrong');
    expect(judgeContext(label(50_112, 'tokens'), undefined)).toBe('missed');
  });

  it('expects no context where the label’s unit is not one the filter compares', () => {
    expect(judgeContext(label(128, 'other'), undefined)).toBe('right');
    expect(judgeContext(label(128, 'other'), 128)).toBe('invented');
  });

  it('fails below 95 % right or above one invented number per 60 papers', () => {
    const rows = (outcomes: ClaimRow['outcome'][]): ClaimRow[] =>
      outcomes.map((outcome) => ({
        title: '',
        expected: undefined,
        predicted: undefined,
        outcome,
      }));
    const limits = { claimsRight: 0.95, claimsInventedPer60: 1 };
    const right = Array<ClaimRow['outcome']>(57).fill('right');
    expect(claimFailures(tally(rows([...right, 'missed', 'missed', 'invented'])), limits)).toEqual(
      [],
    );
    expect(
      claimFailures(tally(rows([...right, 'invented', 'invented', 'right'])), limits),
    ).toHaveLength(1);
    expect(
      claimFailures(tally(rows([...right.slice(1), 'wrong', 'wrong', 'wrong', 'wrong'])), limits),
    ).toHaveLength(1);
  });
});
