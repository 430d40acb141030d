/** What every export format needs besides the papers. */
import type { Taxonomy } from '../taxonomy';
import type { FacetGroup, Paper } from '../types';
import { TAXONOMY, labelOf } from '../taxonomy';
import { arxivAbsUrl } from '../paper-ids/id-format';

export interface ExportOptions {
  /** Site origin (plus any base path) that serves `/paper/<slug>`, e.g. "https://host" or "https://host/explorer/". */
  baseUrl: string;
  /**
   * The public site (SITE_URL, or the origin the page was served from unless that is a local
   * address): citations link here, never to localhost. Undefined when there is none.
   */
  siteUrl?: string;
  /** Where tag labels come from; the shipped taxonomy by default. */
  taxonomy?: Taxonomy;
}

/** The paper's page on the site: `<baseUrl>/paper/<slug>`, whatever slashes baseUrl ends with. */
export function pageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/paper/${encodeURIComponent(slug)}`;
}

/** Where a citation points: the arXiv page, else the page on the public site; never localhost. */
export function citationUrl(p: Pick<Paper, 'arxiv' | 'slug'>, opts: ExportOptions) {
  if (p.arxiv) return arxivAbsUrl(p.arxiv);
  return opts.siteUrl ? pageUrl(opts.siteUrl, p.slug) : undefined;
}

/** Tag ids of a paper, group by group: techniques, modalities, the contribution, then topics. */
function tagIds(paper: Paper): { group: FacetGroup; id: string }[] {
  return [
    ...paper.tags.technique.map((t) => ({ group: 'technique' as const, id: t.id })),
    ...paper.tags.modality.map((t) => ({ group: 'modality' as const, id: t.id })),
    { group: 'contribution' as const, id: paper.tags.contribution.id },
    ...(paper.tags.topic ?? []).map((t) => ({ group: 'topic' as const, id: t.id })),
  ];
}

/** Human labels of a paper's tags, in tagIds order; unknown ids show as themselves. */
export function tagLabels(paper: Paper, taxonomy: Taxonomy = TAXONOMY): string[] {
  return tagIds(paper).map(({ group, id }) => labelOf(group, id, taxonomy));
}
