/**
 * Neighbourhood agreement of a map: for each paper with a group, the share of its k nearest
 * papers on the map that have the same group; the mean over those papers. Its chance level,
 * what a map with positions shuffled would score, is Σ over papers of (size of its group − 1) /
 * (papers − 1), averaged the same way.
 */
import type { Positions } from './map-file';

export interface Agreement {
  /** Mean share of same-group neighbours. */
  agreement: number;
  /** The same for positions at random. */
  chance: number;
  /** Papers that have a group (the others are neighbours only). */
  papers: number;
}

/** groups[i] = the group of paper i, or null. Brute force: for evaluation on listings. */
export function neighbourhoodAgreement(
  xy: Positions,
  groups: readonly (string | null)[],
  k = 10,
): Agreement {
  const n = groups.length;
  const size = new Map<string, number>();
  for (const g of groups) if (g !== null) size.set(g, (size.get(g) ?? 0) + 1);
  let sum = 0;
  let chance = 0;
  let counted = 0;
  const d = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    if (g === null || g === undefined || n < 2) continue;
    for (let j = 0; j < n; j++)
      d[j] = (xy[2 * j]! - xy[2 * i]!) ** 2 + (xy[2 * j + 1]! - xy[2 * i + 1]!) ** 2;
    const near = order.filter((j) => j !== i).sort((a, b) => d[a]! - d[b]! || a - b);
    const kk = Math.min(k, near.length);
    let same = 0;
    for (let r = 0; r < kk; r++) if (groups[near[r]!] === g) same++;
    sum += same / kk;
    chance += ((size.get(g) ?? 1) - 1) / (n - 1);
    counted++;
  }
  return {
    agreement: counted ? sum / counted : 0,
    chance: counted ? chance / counted : 0,
    papers: counted,
  };
}
