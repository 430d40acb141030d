import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boundsOf,
  centredOn,
  fitted,
  MAX_ZOOM,
  panBy,
  toMap,
  toScreen,
  zoomAt,
  zoomOf,
} from './viewport';

const size = { width: 800, height: 500, bounds: { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.7 } };

describe('viewport', () => {
  it('fits the papers: their box fills the canvas but for a margin', () => {
    const v = fitted(size);
    const [x0, y0] = toScreen(v, size, 0.1, 0.3);
    const [x1, y1] = toScreen(v, size, 0.9, 0.7);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(800);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(y1).toBeLessThanOrEqual(500);
    expect(Math.max(x1 - x0, y1 - y0) / 800).toBeGreaterThan(0.85);
  });

  it('zooms about the pointer: the map point under it stays there', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 500 }),
        (factor, sx, sy) => {
          const v = centredOn(size, 0.5, 0.5, 2);
          const before = toMap(v, size, sx, sy);
          const next = zoomAt(v, size, factor, sx, sy);
          const z = zoomOf(next, size);
          expect(z).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(z).toBeLessThanOrEqual(MAX_ZOOM + 1e-9);
          // Unless a limit (zoom or centre) stepped in, the point is where it was.
          const [ax, ay] = toScreen(next, size, before[0], before[1]);
          const limited =
            z <= 1 + 1e-9 ||
            z >= MAX_ZOOM - 1e-9 ||
            next.cx <= 0.1 ||
            next.cx >= 0.9 ||
            next.cy <= 0.3 ||
            next.cy >= 0.7;
          if (!limited) {
            expect(ax).toBeCloseTo(sx, 6);
            expect(ay).toBeCloseTo(sy, 6);
          }
        },
      ),
    );
  });

  it('pans with the drag and keeps the centre among the papers', () => {
    const v = centredOn(size, 0.5, 0.5, 4);
    const moved = panBy(v, size, -40, 0);
    expect(moved.cx).toBeGreaterThan(v.cx);
    const far = panBy(v, size, -1e9, 1e9);
    expect(far.cx).toBe(0.9);
    expect(far.cy).toBe(0.3);
  });

  it('bounds of no points are the unit square', () => {
    expect(boundsOf([])).toEqual({ x0: 0, y0: 0, x1: 1, y1: 1 });
    expect(boundsOf([0.2, 0.4, 0.6, 0.1])).toEqual({ x0: 0.2, y0: 0.1, x1: 0.6, y1: 0.4 });
  });
});
