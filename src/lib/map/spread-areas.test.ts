import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spreadAreas } from './spread-areas';

describe('spreadAreas', () => {
  const rms = (pts: number[][], cx: number, cy: number) =>
    Math.sqrt(pts.reduce((s, [x = 0, y = 0]) => s + (x - cx) ** 2 + (y - cy) ** 2, 0) / pts.length);

  it('grows each area about its centre to 30 % of the gap to the nearest other', () => {
    const a = [
      [-0.01, 0],
      [0.01, 0],
      [0, 0.01],
      [0, -0.01],
    ];
    const b = a.map(([x = 0, y = 0]) => [x + 1, y]);
    const lone = [5, 5];
    const points = [...a, ...b, lone].map((p) => [...p]);
    spreadAreas(points, (i) => (i < 4 ? 0 : i < 8 ? 1 : -1));
    expect(rms(points.slice(0, 4), 0, 0)).toBeCloseTo(0.06, 6); // capped at 6× of 0.01
    expect(points.slice(4, 8).map(([x = 0]) => x - 1)).toEqual(
      [-0.06, 0.06, 0, 0].map((v) => expect.closeTo(v, 6)),
    );
    expect(points[8]).toEqual([5, 5]);
  });

  it('keeps each centre and never shrinks an area', () => {
    const point = fc.tuple(
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.integer({ min: -1, max: 3 })), { maxLength: 40 }),
        (rows) => {
          const before = rows.map(([p]) => [...p]);
          const after = before.map((p) => [...p]);
          spreadAreas(after, (i) => rows[i]![1]);
          for (let area = 0; area <= 3; area++) {
            const idx = rows.flatMap(([, a], i) => (a === area ? [i] : []));
            if (idx.length === 0) continue;
            const mean = (pts: number[][], k: number) =>
              pts.reduce((s, p) => s + p[k]!, 0) / pts.length;
            const [b, a] = [idx.map((i) => before[i]!), idx.map((i) => after[i]!)];
            expect(mean(a, 0)).toBeCloseTo(mean(b, 0), 6);
            expect(mean(a, 1)).toBeCloseTo(mean(b, 1), 6);
            expect(rms(a, mean(a, 0), mean(a, 1))).toBeGreaterThanOrEqual(
              rms(b, mean(b, 0), mean(b, 1)) - 1e-9,
            );
          }
          rows.forEach(([, a], i) => a < 0 && expect(after[i]).toEqual(before[i]));
        },
      ),
    );
  });
});
