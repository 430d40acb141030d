/** Minimal papers for the insights unit tests. */
import type { Claim, Paper } from '../types';

export function paper(
  slug: string,
  technique: string[],
  modality: string[] = [],
  claims: Partial<Claim>[] = [],
  contribution = 'method',
): Paper {
  return {
    slug,
    index: 0,
    title: slug.toUpperCase(),
    abstract: '',
    links: [],
    tags: {
      technique: technique.map((id) => ({ id, evidence: [] })),
      modality: modality.map((id) => ({ id, evidence: [] })),
      contribution: { id: contribution, evidence: [] },
    },
    claims: claims.map((c) => ({
      kind: 'context',
      value: 1,
      unit: 'tokens',
      text: '',
      sentence: '',
      ...c,
    })),
    related: [],
  };
}
