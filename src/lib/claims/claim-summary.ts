import type { Claim } from '../types';
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
