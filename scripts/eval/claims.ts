/**
 * The context-claim measure of `npm run eval:tags`: the paper's own longest context (what the
 * sort, the filter and the insights read) against hand labels (data/claims-dev.json).
 *
 * A label's unit "other" (bars, faces, time samples) is outside the units the filter compares, so
 * the right answer there is "no context". Per paper:
 * - right: both absent, or both present and within 10 % of the label;
 * - invented: a context where the paper claims none of its own;
 * - wrong: a context of another size (10 % off or more);
 * - missed: no context where the paper claims one.
 */

export interface ClaimLabel {
  ownMaxContext: number | null;
  unit: string | null;
  evidence: string | null;
}

export type ClaimOutcome = 'right' | 'invented' | 'wrong' | 'missed';

/** Label units that the context filter compares (the labels say "base pairs" for bp). */
const FILTER_UNITS = new Set(['tokens', 'bytes', 'base pairs', 'bp']);

const TOLERANCE = 0.1;

function expectedContext(label: ClaimLabel): number | undefined {
  return label.ownMaxContext !== null && label.unit !== null && FILTER_UNITS.has(label.unit)
    ? label.ownMaxContext
    : undefined;
}

export function judgeContext(label: ClaimLabel, predicted: number | undefined): ClaimOutcome {
  const expected = expectedContext(label);
  if (expected === undefined) return predicted === undefined ? 'right' : 'invented';
  if (predicted === undefined) return 'missed';
  return Math.abs(predicted - expected) <= TOLERANCE * expected ? 'right' : 'wrong';
}

export interface ClaimRow {
  title: string;
  expected: number | undefined;
  predicted: number | undefined;
  outcome: ClaimOutcome;
}

export type ClaimTally = Record<ClaimOutcome, number>;

export function tally(rows: readonly ClaimRow[]): ClaimTally {
  const out: ClaimTally = { right: 0, invented: 0, wrong: 0, missed: 0 };
  for (const r of rows) out[r.outcome] += 1;
  return out;
}

/** Thresholds of --check: at least this share right, at most this many invented per 60 papers. */
export interface ClaimThresholds {
  claimsRight: number;
  claimsInventedPer60: number;
}

export function claimFailures(t: ClaimTally, limits: ClaimThresholds): string[] {
  const n = t.right + t.invented + t.wrong + t.missed;
  const failures: string[] = [];
  if (n === 0) return failures;
  if (t.right / n < limits.claimsRight)
    failures.push(`context claims right ${t.right}/${n} < ${limits.claimsRight}`);
  if ((t.invented * 60) / n > limits.claimsInventedPer60)
    failures.push(
      `context claims invented ${t.invented}/${n} > ${limits.claimsInventedPer60} per 60`,
    );
  return failures;
}
