/**
 * Which facet groups lead the panel. The curated technique rules name one field's techniques;
 * where they tag fewer than half of a listing's papers, discovered topics say more, so Topic comes
 * first and Technique starts collapsed. Where both carry weight (the default corpus), both show.
 */
import type { FacetGroup, PaperTags } from '../types';
import { FACET_GROUPS } from '../types';

export interface FacetLayout {
  order: FacetGroup[];
  collapsed: FacetGroup[];
}

export const DEFAULT_LAYOUT: FacetLayout = { order: [...FACET_GROUPS], collapsed: [] };

export function facetLayout(
  papers: readonly { tags: Pick<PaperTags, 'technique' | 'topic'> }[],
): FacetLayout {
  let tagged = 0;
  let topical = 0;
  for (const p of papers) {
    if (p.tags.technique.length > 0) tagged++;
    if ((p.tags.topic?.length ?? 0) > 0) topical++;
  }
  if (topical === 0 || tagged * 2 >= papers.length) return DEFAULT_LAYOUT;
  return {
    order: ['topic', ...FACET_GROUPS.filter((g) => g !== 'topic')],
    collapsed: ['technique'],
  };
}
