import { describe, expect, it } from 'vitest';
import type { Claim } from '../lib/types';
import { titleKey } from '../lib/search/search-tables';
import { sortHits } from './sort-hits';

const claim = (kind: Claim['kind'], value: number, unit = 'tokens'): Claim => ({
  kind,
  value,
  unit,
  text: '',
  sentence: '',
});
const papers = [
  { title: 'beta model', claims: [claim('context', 32_000), claim('speedup', 2, '×')] },
  { title: 'Álpha model', claims: [claim('context', 1_000_000)] },
  { title: '"Gamma"', claims: [claim('speedup', 7, '×'), claim('context', 5000, 'frames')] },
  { title: 'alpha model', claims: [] },
];
const hits = [
  { id: 2, score: 1 },
  { id: 0, score: 3 },
  { id: 3, score: 3 },
  { id: 1, score: 2 },
];
const order = (sort: Parameters<typeof sortHits>[1], contexts?: (number | undefined)[]) =>
  sortHits(hits, sort, papers, contexts).map((h) => h.id);

describe('sortHits', () => {
  it('posted: newest arXiv month first, papers without an id last in hit order', () => {
    const withIds = papers.map((p, i) => ({
      ...p,
      arxiv: [undefined, 'cs/0112017', '2401.01234', '2312.00752'][i],
    }));
    expect(sortHits(hits, 'posted', withIds).map((h) => h.id)).toEqual([2, 3, 1, 0]);
  });
  it('relevance: score high first, ties keep their order', () => {
    expect(order('relevance')).toEqual([0, 3, 1, 2]);
  });
  it('dump: corpus order', () => {
    expect(order('dump')).toEqual([0, 1, 2, 3]);
  });
  it('title: A–Z ignoring case, accents and leading punctuation, stable on ties', () => {
    expect(titleKey('"Gamma"')).toBe('gamma"');
    expect(order('title')).toEqual([3, 1, 0, 2]);
  });
  it('context: longest claimed token context first, papers without claims last', () => {
    expect(order('context')).toEqual([1, 0, 2, 3]);
    expect(order('context', [undefined, 5, 10, undefined])).toEqual([2, 1, 0, 3]);
  });
  it('speedup: largest speed-up first, papers without claims last', () => {
    expect(order('speedup')).toEqual([2, 0, 3, 1]);
  });
  it('does not change its input', () => {
    const copy = [...hits];
    sortHits(hits, 'title', papers);
    expect(hits).toEqual(copy);
  });
});
