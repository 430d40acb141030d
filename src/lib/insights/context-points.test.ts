import { describe, expect, it } from 'vitest';
import { contextExtent, contextRows, longestContextClaim } from './context-points';
import { paper } from './test-papers';

describe('longestContextClaim', () => {
  it('takes the largest context claim in sequence units, ignoring frames and other kinds', () => {
    const p = paper(
      'x',
      [],
      [],
      [
        { value: 4000, text: '4K tokens' },
        { value: 1e6, unit: 'bp', text: '1M bp' },
        { value: 5e6, unit: 'frames', text: '5M frames' },
        { kind: 'model-size', value: 7e9, unit: 'params' },
      ],
    );
    expect(longestContextClaim(p.claims)?.text).toBe('1M bp');
  });

  it('is undefined without a usable claim', () => {
    expect(longestContextClaim([])).toBeUndefined();
    expect(longestContextClaim(paper('x', [], [], [{ unit: 'frames' }]).claims)).toBeUndefined();
  });
});

describe('contextRows', () => {
  const papers = [
    paper('a', ['kv', 'sparse'], [], [{ value: 128000, text: '128K tokens' }]),
    paper('b', ['kv'], [], [{ value: 32000 }, { value: 2000 }]),
    paper('c', ['ssm'], []),
  ];

  it('puts one point per paper in each of its techniques, ascending, and skips empty rows', () => {
    const rows = contextRows(papers, ['ssm', 'kv', 'sparse']);
    expect(rows.map((r) => r.technique)).toEqual(['kv', 'sparse']);
    expect(rows[0]?.points.map((p) => [p.slug, p.value])).toEqual([
      ['b', 32000],
      ['a', 128000],
    ]);
    expect(rows[1]?.points[0]).toMatchObject({
      slug: 'a',
      title: 'A',
      text: '128K tokens',
      unit: 'tokens',
    });
  });

  it('reports the extent of all points', () => {
    expect(contextExtent(contextRows(papers, ['kv']))).toEqual([32000, 128000]);
    expect(contextExtent([])).toBeUndefined();
  });
});
