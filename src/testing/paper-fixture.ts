import type { Paper } from '../lib/types';

/** A paper with only a slug, a title and an abstract, for the search tests. */
export function textPaper(slug: string, title: string, abstract: string): Paper {
  return {
    slug,
    index: 0,
    title,
    abstract,
    links: [],
    tags: { technique: [], modality: [], contribution: { id: 'method', evidence: [] } },
    claims: [],
    related: [],
  };
}
