/**
 * Where a chart mark leads. A mark stands for "the papers in view that carry these tags". The
 * search URL combines values of one group with OR, so it can say "technique A" but not "technique A
 * and technique B". When the URL can express the mark's set exactly, the mark opens the search
 * view; otherwise it opens the list of those papers on the Insights page (the `all` parameter),
 * so the number on the mark always equals the number of papers the link shows.
 */
import type { FacetGroup, Paper } from '../types';
import type { ViewState } from '../url/view-state';

export interface FacetTag {
  group: FacetGroup;
  id: string;
}

export type MarkTarget = { kind: 'search'; view: ViewState } | { kind: 'list'; tags: FacetTag[] };

export function markTarget(view: ViewState, tags: readonly FacetTag[]): MarkTarget {
  const next: ViewState = { ...view, page: 1 };
  const seen = new Set<FacetGroup>();
  for (const { group, id } of tags) {
    // A second value in one group would need AND; a value outside the current selection would
    // need "selection AND value". Neither has a URL form on the search page.
    const current = view[group];
    if (seen.has(group) || (current.length > 0 && !current.includes(id)))
      return { kind: 'list', tags: [...tags] };
    seen.add(group);
    next[group] = [id];
  }
  return { kind: 'search', view: next };
}

function hasTag(paper: Pick<Paper, 'tags'>, { group, id }: FacetTag): boolean {
  return group === 'contribution'
    ? paper.tags.contribution.id === id
    : (paper.tags[group] ?? []).some((t) => t.id === id);
}

/** The papers carrying every tag (AND across all of them). */
export function papersWithAll<T extends Pick<Paper, 'tags'>>(
  papers: readonly T[],
  tags: readonly FacetTag[],
): T[] {
  return papers.filter((p) => tags.every((t) => hasTag(p, t)));
}

/** The `all` parameter of /insights: "technique:a,modality:b". */
export const TAG_LIST_PARAM = 'all';
const MAX_TAGS = 4;
const GROUPS: readonly FacetGroup[] = ['technique', 'modality', 'contribution', 'topic'];

export function encodeTagList(tags: readonly FacetTag[]): string {
  return tags.map((t) => `${t.group}:${t.id}`).join(',');
}

/**
 * Reads the parameter back. Malformed or unknown entries and duplicates are dropped (the value
 * comes from a URL anyone can type); at most four tags are kept.
 */
export function decodeTagList(
  raw: string | null,
  isKnown: (group: FacetGroup, id: string) => boolean,
): FacetTag[] {
  if (!raw || raw.length > 1000) return [];
  const out: FacetTag[] = [];
  const keys = new Set<string>();
  for (const part of raw.split(',')) {
    const [group, id, extra] = part.trim().split(':');
    if (extra !== undefined || !id || !GROUPS.includes(group as FacetGroup)) continue;
    const tag = { group: group as FacetGroup, id };
    const key = encodeTagList([tag]);
    if (keys.has(key) || !isKnown(tag.group, id)) continue;
    keys.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}
