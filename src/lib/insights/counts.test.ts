import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cooccurrenceMatrix,
  countByTechnique,
  countByYear,
  pairCounts,
  techniqueModalityMatrix,
  trimMatrix,
} from './counts';
import { paper } from './test-papers';

const papers = [
  paper('a', ['kv', 'sparse'], ['text']),
  paper('b', ['kv'], ['text', 'video']),
  paper('c', ['sparse', 'ssm', 'unknown'], ['video']),
  paper('d', [], ['text']),
];

describe('countByTechnique', () => {
  it('counts papers per id, in the given order, ignoring unknown ids', () => {
    expect(countByTechnique(papers, ['ssm', 'kv', 'sparse', 'none'])).toEqual([
      { id: 'ssm', count: 1 },
      { id: 'kv', count: 2 },
      { id: 'sparse', count: 2 },
      { id: 'none', count: 0 },
    ]);
  });

  it('counts a paper once even if a tag repeats', () => {
    expect(countByTechnique([paper('x', ['kv', 'kv'])], ['kv'])).toEqual([{ id: 'kv', count: 1 }]);
  });
});

describe('countByYear', () => {
  it('counts each year from the first to the last, gaps as zero, and the undated apart', () => {
    const dated = [{ year: 2020 }, { arxiv: '2312.00752' }, { year: 2023 }, {}, { year: 2022 }];
    expect(countByYear(dated)).toEqual({
      years: [
        { year: 2020, count: 1 },
        { year: 2021, count: 0 },
        { year: 2022, count: 1 },
        { year: 2023, count: 2 },
      ],
      undated: 1,
    });
    expect(countByYear([{}])).toEqual({ years: [], undated: 1 });
  });
  it('leaves out empty years when the span is too long to draw a column each', () => {
    const { years } = countByYear([{ year: 1850 }, { year: 2020 }, { year: 2021 }]);
    expect(years.map((y) => y.year)).toEqual([1850, 2020, 2021]);
  });
  it('counts every paper once, dated or not (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1800, max: 2099 }), { nil: undefined })),
        (ys) => {
          const { years, undated } = countByYear(ys.map((year) => ({ year })));
          expect(years.reduce((n, y) => n + y.count, 0) + undated).toBe(ys.length);
          expect(years.map((y) => y.year)).toEqual(
            [...years.map((y) => y.year)].sort((a, b) => a - b),
          );
        },
      ),
    );
  });
});

describe('techniqueModalityMatrix', () => {
  it('counts each technique × modality pair', () => {
    const m = techniqueModalityMatrix(papers, ['kv', 'sparse'], ['text', 'video']);
    expect(m.counts).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(m.max).toBe(2);
  });

  it('counts each technique × contribution pair, one contribution a paper', () => {
    const withKind = papers.map((p, i) => ({
      ...p,
      tags: { ...p.tags, contribution: { id: i === 0 ? 'benchmark' : 'method', evidence: [] } },
    }));
    const m = techniqueModalityMatrix(
      withKind,
      ['kv'],
      ['method', 'benchmark'],
      'technique',
      'contribution',
    );
    const kv = papers.filter((p) => p.tags.technique.some((t) => t.id === 'kv'));
    expect(m.counts[0]![0]! + m.counts[0]![1]!).toBe(kv.length);
  });

  it('is empty for no papers', () => {
    const m = techniqueModalityMatrix([], ['kv'], ['text']);
    expect(m.counts).toEqual([[0]]);
    expect(m.max).toBe(0);
  });
});

describe('cooccurrenceMatrix', () => {
  const ids = ['kv', 'sparse', 'ssm'];
  it('is symmetric with the technique counts on the diagonal', () => {
    const m = cooccurrenceMatrix(papers, ids);
    expect(m.counts).toEqual([
      [2, 1, 0],
      [1, 2, 1],
      [0, 1, 1],
    ]);
  });

  it('lists each pair once, most frequent first', () => {
    const extra = [...papers, paper('e', ['sparse', 'ssm'])];
    expect(pairCounts(cooccurrenceMatrix(extra, ids))).toEqual([
      { a: 'sparse', b: 'ssm', count: 2 },
      { a: 'kv', b: 'sparse', count: 1 },
    ]);
  });

  it('diagonal equals countByTechnique and the matrix is symmetric for any tagging', () => {
    const arb = fc.array(fc.subarray(ids), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (tagSets) => {
        const ps = tagSets.map((t, i) => paper(`p${i}`, t));
        const m = cooccurrenceMatrix(ps, ids);
        const diag = ids.map((_, i) => m.counts[i]?.[i]);
        expect(diag).toEqual(countByTechnique(ps, ids).map((c) => c.count));
        ids.forEach((_, i) =>
          ids.forEach((__, j) => expect(m.counts[i]?.[j]).toBe(m.counts[j]?.[i])),
        );
      }),
    );
  });
});

describe('trimMatrix', () => {
  it('drops empty rows and columns and keeps the rest aligned', () => {
    const m = techniqueModalityMatrix(papers, ['kv', 'none', 'ssm'], ['music', 'video', 'text']);
    const t = trimMatrix(m);
    expect(t.rows).toEqual(['kv', 'ssm']);
    expect(t.cols).toEqual(['video', 'text']);
    expect(t.counts).toEqual([
      [1, 2],
      [1, 0],
    ]);
  });
});
