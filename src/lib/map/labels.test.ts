import { describe, expect, it } from 'vitest';
import type { Area } from './areas';
import { placeLabels } from './labels';
import { centredOn, fitted, toMap } from './viewport';

const area = (index: number, name: string, count: number, x: number, y: number): Area => ({
  index,
  key: { group: 'topic', id: name.toLowerCase() },
  name,
  papers: Array.from({ length: count }, (_, i) => i),
  x,
  y,
  colour: index,
});
const size = { width: 600, height: 400 };
const measure = (t: string) => t.length * 7;

describe('area names', () => {
  const areas = [
    area(0, 'Video generation', 300, 0.5, 0.5),
    area(1, 'Image editing', 200, 0.51, 0.5),
    area(4, 'Image restoration', 180, 0.505, 0.5),
    area(5, 'Image repair', 170, 0.505, 0.505),
    area(2, 'Robot manipulation', 150, 0.2, 0.2),
    area(3, 'Tiny area', 3, 0.8, 0.8),
  ];
  const opts = { measure, height: 16, totalPapers: 1000 };

  it('thins names that would overlap, keeping the larger area', () => {
    const placed = placeLabels(areas, fitted(size), size, opts);
    const names = placed.map((l) => l.text);
    expect(names).toContain('Video generation');
    // Four areas at one spot: three names fit (over it, above, below), the smallest is dropped.
    expect(names).toContain('Image restoration');
    expect(names).not.toContain('Image repair');
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(
            Math.abs(a.x - b.x) * 2 >= a.width + b.width ||
              Math.abs(a.y - b.y) * 2 >= a.height + b.height,
          ).toBe(true);
  });

  it('moves a name off another area’s middle when there is room', () => {
    const two = [
      area(0, 'A long name for the left area', 300, 0.45, 0.5),
      area(1, 'B', 200, 0.5, 0.5),
    ];
    const [a] = placeLabels(two, fitted(size), size, opts);
    expect(a!.y).not.toBe(200);
  });

  it('puts a name beside its point when over, above and below are taken', () => {
    const v = fitted(size);
    const at = (index: number, name: string, count: number, sx: number, sy: number) => {
      const [x, y] = toMap(v, size, sx, sy);
      return area(index, name, count, x, y);
    };
    const crowded = [
      at(0, 'Policy optimization', 300, 270, 200),
      at(1, 'Upper name', 250, 350, 180),
      at(2, 'Lower name', 240, 350, 220),
      at(3, 'Future', 200, 350, 200),
    ];
    const future = placeLabels(crowded, v, size, opts).find((l) => l.text === 'Future');
    // Over its point it would cover "Policy optimization"; it starts at its point instead.
    expect(future && [Math.round(future.x - future.width / 2), Math.round(future.y)]).toEqual([
      350, 200,
    ]);
  });

  it('names only the big areas at the whole map, smaller ones when zoomed in', () => {
    expect(placeLabels(areas, fitted(size), size, opts).map((l) => l.text)).not.toContain(
      'Tiny area',
    );
    const zoomed = centredOn(size, 0.8, 0.8, 20);
    expect(placeLabels(areas, zoomed, size, opts).map((l) => l.text)).toContain('Tiny area');
  });

  it('keeps every name inside the canvas', () => {
    const edge = [area(0, 'A rather long area name at the edge', 500, 0.999, 0.001)];
    for (const l of placeLabels(edge, fitted(size), size, opts)) {
      expect(l.x - l.width / 2).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width / 2).toBeLessThanOrEqual(600);
      expect(l.y - l.height / 2).toBeGreaterThanOrEqual(0);
    }
  });
});
