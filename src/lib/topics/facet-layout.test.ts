import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../taxonomy';
import type { PaperTags } from '../types';
import { beforeFold, DEFAULT_LAYOUT, facetLayout, FOLD_AT } from './facet-layout';

const tag = (id: string) => ({ id, evidence: [] });
const paper = (technique: string[], topic: string[] = [], modality: string[] = []) => ({
  tags: {
    technique: technique.map(tag),
    modality: modality.map(tag),
    contribution: tag('method'),
    topic: topic.map(tag),
  } satisfies PaperTags,
});

describe('facetLayout', () => {
  it('leads with Topic and folds Technique when the rules tag less than 80 % of the papers', () => {
    const tagged = Array.from({ length: 3 }, () => paper(['kv-cache'], ['x']));
    // Half (the mixed dev listing) and three in four: another field's listing.
    for (const papers of [
      [paper(['kv-cache'], ['x']), paper([], ['x'])],
      [...tagged, paper([], ['x'])],
    ]) {
      const layout = facetLayout(papers);
      expect(layout.order).toEqual(['topic', 'technique', 'modality', 'contribution']);
      expect(layout.collapsed).toEqual(['technique']);
    }
  });
  it('shows both where techniques carry weight, and the default without topics', () => {
    const tagged = Array.from({ length: 4 }, () => paper(['kv-cache'], ['x']));
    for (const papers of [
      [...tagged, paper([], ['x'])],
      [paper([]), paper([])],
    ]) {
      const { order, collapsed } = facetLayout(papers);
      expect({ order, collapsed }).toEqual(DEFAULT_LAYOUT);
    }
  });
  it('leaves out the context filter when no paper claims a context length', () => {
    const claims = (kind: 'context' | 'speedup') => ({
      ...paper(['kv-cache']),
      claims: [{ kind }],
    });
    expect(facetLayout([claims('speedup'), claims('speedup')]).contextFilter).toBe(false);
    expect(facetLayout([claims('speedup'), claims('context')]).contextFilter).toBeUndefined();
    // Papers given without their claims say nothing either way.
    expect(facetLayout([paper([])]).contextFilter).toBeUndefined();
  });
  it('offers the years papers are dated in once most of them are dated', () => {
    const at = (d: { arxiv?: string; year?: number }) => ({ ...paper([]), ...d });
    expect(facetLayout([at({ year: 2024 }), at({ arxiv: '2201.00001' }), at({})]).years).toEqual([
      2022, 2024,
    ]);
    // A Hugging Face listing, where few abstracts name their own id: no year filter.
    expect(facetLayout([at({ year: 2024 }), at({}), at({})]).years).toBeUndefined();
    expect(facetLayout([paper([])]).years).toBeUndefined();
    // One year (a day's arXiv listing): nothing to choose.
    expect(facetLayout([at({ year: 2024 }), at({ arxiv: '2401.00001' })]).years).toBeUndefined();
  });
  it("shows before the fold a listing's large values from beyond the curated first eight", () => {
    const ids = TAXONOMY.technique.map((v) => v.id);
    const [first, second] = ids;
    const late = ids[ids.length - 1]!;
    const papers = [paper([first!]), paper([second!]), paper([late]), paper([late])];
    const shown = facetLayout(papers).shown?.technique;
    expect(shown).toEqual([first, second, late]);
  });
});

describe('beforeFold', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `v${i}`);
  it('keeps the curated first eight when the listing has papers for each', () => {
    expect(beforeFold(ids, () => 3)).toEqual(ids.slice(0, FOLD_AT));
  });
  it('gives the slots of empty values to the largest later ones, in the group order', () => {
    const counts: Record<string, number> = { v0: 5, v1: 0, v2: 1, v9: 40, v10: 2, v11: 40 };
    expect(beforeFold(ids, (id) => counts[id] ?? 0)).toEqual(['v0', 'v2', 'v9', 'v10', 'v11']);
  });
  it('shows of a short group the values the listing has, or all when it has none', () => {
    expect(beforeFold(['a', 'b', 'c'], (id) => (id === 'b' ? 0 : 2))).toEqual(['a', 'c']);
    expect(beforeFold(['a', 'b'], () => 0)).toEqual(['a', 'b']);
  });
  it('holds at most FOLD_AT values with papers, curated ones first, and no larger one hides', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 9, maxLength: 32 }), (counts) => {
        const names = counts.map((_, i) => `v${i}`);
        const count = (id: string) => counts[Number(id.slice(1))]!;
        const shown = beforeFold(names, count);
        expect(shown.length).toBeLessThanOrEqual(FOLD_AT);
        expect(shown).toEqual(names.filter((id) => shown.includes(id)));
        expect(shown.every((id) => count(id) > 0)).toBe(true);
        for (const id of names.slice(0, FOLD_AT)) expect(shown.includes(id)).toBe(count(id) > 0);
        const filled = shown.filter((id) => !names.slice(0, FOLD_AT).includes(id));
        const hidden = names.filter((id) => !shown.includes(id) && count(id) > 0);
        for (const h of hidden)
          for (const f of filled) expect(count(h)).toBeLessThanOrEqual(count(f));
        if (hidden.length > 0) expect(shown.length).toBe(FOLD_AT);
      }),
    );
  });
});
