import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, facetLayout } from './facet-layout';

const paper = (technique: number, topic: number) => ({
  tags: {
    technique: Array.from({ length: technique }, () => ({ id: 't', evidence: [] })),
    topic: Array.from({ length: topic }, () => ({ id: 'x', evidence: [] })),
  },
});

describe('facetLayout', () => {
  it('leads with Topic and folds Technique when the rules tag fewer than half the papers', () => {
    expect(facetLayout([paper(1, 1), paper(0, 1), paper(0, 1)])).toEqual({
      order: ['topic', 'technique', 'modality', 'contribution'],
      collapsed: ['technique'],
    });
  });
  it('shows both where techniques carry weight, and the default without topics', () => {
    expect(facetLayout([paper(1, 1), paper(0, 1)])).toBe(DEFAULT_LAYOUT);
    expect(facetLayout([paper(0, 0), paper(0, 0)])).toBe(DEFAULT_LAYOUT);
  });
});
