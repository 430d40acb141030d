import type { Claim, ClaimKind } from '../types';
import { formatCount, formatFactor } from '../format-number';

/** One short line for the result list: the longest context and the largest speedup claimed. */
export function formatClaimSummary(claims: Claim[]): string {
  const ctx = claims.filter((c) => c.kind === 'context').sort((a, b) => b.value - a.value)[0];
  const sp = claims.filter((c) => c.kind === 'speedup').sort((a, b) => b.value - a.value)[0];
  const parts: string[] = [];
  if (ctx) parts.push(`${formatCount(ctx.value)} ${ctx.unit}`);
  if (sp) parts.push(`${formatFactor(sp.value)}× faster`);
  return parts.join(' · ');
}

const KIND_LABEL: Record<ClaimKind, string> = {
  context: 'Context',
  speedup: 'Speedup',
  reduction: 'Reduction',
  'model-size': 'Model size',
};

/**
 * The label a claim chip puts before the text as written, or '' when that text already says it:
 * "Speedup 4x speedups" said it twice; "Context 128K tokens" needs it.
 */
export function claimKindLabel(claim: Pick<Claim, 'kind' | 'text'>): string {
  const label = KIND_LABEL[claim.kind];
  return claim.text.toLowerCase().includes(label.toLowerCase().slice(0, 6)) ? '' : label;
}
