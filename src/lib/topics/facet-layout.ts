/**
 * How the facet panel lays out a listing. Groups: the curated technique rules name one field's
 * techniques; where they tag fewer than TECHNIQUE_SHARE of a listing's papers, the listing is from
 * another field and discovered topics say more, so Topic comes first and Technique starts
 * collapsed. Where both carry weight (the default corpus), both show. Values: a long group shows
 * FOLD_AT of them before "Show all", chosen by beforeFold.
 */
import type { Claim, FacetGroup, PaperTags } from '../types';
import { FACET_GROUPS } from '../types';
import { valuesOf } from '../taxonomy';
import { datedKey } from '../paper-ids/id-format';

export interface FacetLayout {
  order: FacetGroup[];
  collapsed: FacetGroup[];
  /** Per group, the values shown before "Show all" (by default the first FOLD_AT). */
  shown?: Partial<Record<FacetGroup, readonly string[]>>;
  /** False when no paper claims a context length: the filter by it would select nothing. */
  contextFilter?: boolean;
  /**
   * The years papers are dated in, ascending: the year filter's choices. Absent unless most
   * papers are dated (an arXiv, BibTeX, RIS or table listing), as the filter leaves undated ones out.
   */
  years?: number[];
}

export const DEFAULT_LAYOUT: FacetLayout = { order: [...FACET_GROUPS], collapsed: [] };

/**
 * Share of papers the technique rules must tag for Technique to lead. The listing they were written
 * for has 94 %; listings from other fields 50 % (mixed AI, where a few broad values, such as
 * training recipes and diffusion, tag half the papers) and 65 % (image and video generation).
 */
const TECHNIQUE_SHARE = 0.8;

/** Values a long group shows before "Show all". */
export const FOLD_AT = 8;

/**
 * The values of a group shown before "Show all", in the group's order. The curated order leads: of
 * its first FOLD_AT values, those with papers in the listing show, and the slots the others leave
 * go to the listing's largest remaining values. So a listing from another field does not show
 * "KV cache management (0)" while "Diffusion models (44)" hides, and a listing the order was
 * curated for keeps its panel as it is. A short group shows the values the listing has.
 */
export function beforeFold(ids: readonly string[], count: (id: string) => number): string[] {
  // A value no paper of the listing has can never match: it waits behind "Show all" too.
  const held = ids.filter((id) => count(id) > 0);
  if (held.length === 0) return [...ids];
  if (ids.length <= FOLD_AT) return held;
  const lead = ids.slice(0, FOLD_AT).filter((id) => count(id) > 0);
  const fill = ids
    .slice(FOLD_AT)
    .filter((id) => count(id) > 0)
    .sort((a, b) => count(b) - count(a)) // stable: the group's order breaks ties
    .slice(0, FOLD_AT - lead.length);
  const shown = new Set([...lead, ...fill]);
  return ids.filter((id) => shown.has(id));
}

/** How many papers of the listing have each value of a group. */
function countValues(papers: readonly { tags: PaperTags }[], group: FacetGroup) {
  const counts = new Map<string, number>();
  for (const { tags } of papers)
    for (const { id } of group === 'contribution' ? [tags.contribution] : (tags[group] ?? []))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * Years papers are dated in, ascending, when at least DATED_SHARE of them are and in more than one
 * year (a day's arXiv listing has one: nothing to choose).
 */
function datedYears(papers: readonly { arxiv?: string; year?: number }[]): number[] | undefined {
  const years = new Set<number>();
  let dated = 0;
  for (const p of papers) {
    const key = datedKey(p);
    if (Number.isNaN(key)) continue;
    dated++;
    years.add(Math.floor(key / 12));
  }
  return years.size > 1 && dated >= DATED_SHARE * papers.length
    ? [...years].sort((a, b) => a - b)
    : undefined;
}

/** Share of dated papers from which the year filter shows. */
const DATED_SHARE = 0.5;

export function facetLayout(
  papers: readonly {
    tags: PaperTags;
    claims?: readonly Pick<Claim, 'kind'>[];
    arxiv?: string;
    year?: number;
  }[],
): FacetLayout {
  let tagged = 0;
  let topical = 0;
  let context = false;
  for (const { tags, claims } of papers) {
    if (tags.technique.length > 0) tagged++;
    if ((tags.topic?.length ?? 0) > 0) topical++;
    context ||= claims?.some((c) => c.kind === 'context') ?? true;
  }
  const shown: FacetLayout['shown'] = {};
  for (const g of FACET_GROUPS) {
    const ids = valuesOf(g).map((v) => v.id);
    const counts = countValues(papers, g);
    shown[g] = beforeFold(ids, (id) => counts.get(id) ?? 0);
  }
  const years = datedYears(papers);
  const extra = {
    shown,
    ...(context ? {} : { contextFilter: false }),
    ...(years ? { years } : {}),
  };
  if (topical === 0 || tagged >= TECHNIQUE_SHARE * papers.length)
    return { ...DEFAULT_LAYOUT, ...extra };
  return {
    order: ['topic', ...FACET_GROUPS.filter((g) => g !== 'topic')],
    collapsed: ['technique'],
    ...extra,
  };
}
