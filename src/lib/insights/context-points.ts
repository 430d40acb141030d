/** Claimed context lengths per technique: one point per paper, its longest claim. */
import type { Claim, Paper } from '../types';
import { CONTEXT_FILTER_UNITS } from '../claims/extract-claims';

export interface ContextPoint {
  slug: string;
  title: string;
  /** Sequence positions (tokens, bytes or base pairs; see CONTEXT_FILTER_UNITS). */
  value: number;
  unit: string;
  /** The claim as written, e.g. "128K tokens". */
  text: string;
}

export interface ContextRow {
  technique: string;
  /** Ascending by value, then title. */
  points: ContextPoint[];
}

/**
 * The longest context claim, over the same units the search page's context filter uses, so a dot
 * here and the "minimum context" filter agree. Frames are left out: they do not compare to tokens.
 */
export function longestContextClaim(claims: readonly Claim[]): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) {
    if (c.kind !== 'context' || !CONTEXT_FILTER_UNITS.includes(c.unit) || !(c.value > 0)) continue;
    if (!best || c.value > best.value) best = c;
  }
  return best;
}

/** Rows in the order of `techniques`; techniques without any point are left out. */
export function contextRows(
  papers: readonly Pick<Paper, 'slug' | 'title' | 'tags' | 'claims'>[],
  techniques: readonly string[],
): ContextRow[] {
  const rows = new Map<string, ContextPoint[]>(techniques.map((id) => [id, []]));
  for (const paper of papers) {
    const claim = longestContextClaim(paper.claims);
    if (!claim) continue;
    const point: ContextPoint = {
      slug: paper.slug,
      title: paper.title,
      value: claim.value,
      unit: claim.unit,
      text: claim.text,
    };
    for (const id of new Set(paper.tags.technique.map((t) => t.id))) rows.get(id)?.push(point);
  }
  return techniques.flatMap((technique) => {
    const points = rows.get(technique) ?? [];
    points.sort((a, b) => a.value - b.value || a.title.localeCompare(b.title));
    return points.length > 0 ? [{ technique, points }] : [];
  });
}

/** Smallest and largest value over all rows, or undefined when there is none. */
export function contextExtent(rows: readonly ContextRow[]): [number, number] | undefined {
  const values = rows.flatMap((r) => r.points.map((p) => p.value));
  return values.length === 0 ? undefined : [Math.min(...values), Math.max(...values)];
}
