/** Spreading the areas of a laid-out map (layout.ts), so their points and names can be told apart. */

/** Share of the gap to the nearest other area that an area's RMS radius may grow to. */
const AREA_FILL = 0.3;
/** The most an area is spread: a two-paper area should not become a wide ring. */
const MAX_SPREAD = 6;

/**
 * Spreads each area's points about its centre, the same factor for all of them, until its RMS
 * radius is AREA_FILL of the distance to the nearest other area's centre. Drawn together by area,
 * UMAP leaves each area a tight blob far from the others: at the whole map, points hid each other
 * and the names covered them, while most of the canvas stayed empty. A uniform scale keeps every
 * area's inner layout and the areas' places; points of no area stay where they are.
 */
export function spreadAreas(points: number[][], areaOf: (i: number) => number): void {
  const sums = new Map<number, { x: number; y: number; n: number; r2: number }>();
  points.forEach(([x = 0, y = 0], i) => {
    const a = areaOf(i);
    if (a < 0) return;
    const s = sums.get(a) ?? { x: 0, y: 0, n: 0, r2: 0 };
    [s.x, s.y, s.n] = [s.x + x, s.y + y, s.n + 1];
    sums.set(a, s);
  });
  const centres = [...sums].map(([a, s]) => ({ a, x: s.x / s.n, y: s.y / s.n }));
  const centreOf = new Map(centres.map((c) => [c.a, c]));
  points.forEach(([x = 0, y = 0], i) => {
    const c = centreOf.get(areaOf(i));
    if (c) sums.get(c.a)!.r2 += (x - c.x) ** 2 + (y - c.y) ** 2;
  });
  const factor = new Map<number, number>();
  for (const c of centres) {
    let gap = Infinity;
    for (const o of centres) if (o !== c) gap = Math.min(gap, Math.hypot(o.x - c.x, o.y - c.y));
    const s = sums.get(c.a)!;
    const radius = Math.sqrt(s.r2 / s.n);
    if (Number.isFinite(gap) && radius > 0)
      factor.set(c.a, Math.min(MAX_SPREAD, Math.max(1, (AREA_FILL * gap) / radius)));
  }
  points.forEach((p, i) => {
    const c = centreOf.get(areaOf(i));
    const f = c && factor.get(c.a);
    if (!c || !f) return;
    p[0] = c.x + f * (p[0]! - c.x);
    p[1] = c.y + f * (p[1]! - c.y);
  });
}
