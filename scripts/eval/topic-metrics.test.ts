import { describe, expect, it } from 'vitest';
import { scoreTopics } from './topic-metrics';

describe('scoreTopics', () => {
  it('takes the best F1 per label, the macro mean, coverage and topics per paper', () => {
    const gold = [['a'], ['a'], ['b'], undefined];
    const found = [['x'], ['x', 'y'], ['y'], []];
    const s = scoreTopics(gold, found);
    expect(s.rows.map((r) => [r.label, r.best, r.f1])).toEqual([
      ['a', 'x', 1],
      ['b', 'y', 2 / 3],
    ]);
    expect(s.macroF1).toBeCloseTo(5 / 6);
    expect(s.coverage).toBe(0.75);
    expect(s.topics).toBe(2);
    expect(s.topicsPerPaper).toBe(1);
  });
});
