/**
 * Which area names the map shows, and where: largest areas first, each at its label point (or
 * just above or below it, or ending or starting there, rather than over another area's middle),
 * kept inside the canvas, and dropped when it would overlap a name already placed. At the whole
 * map only areas holding a fair share of the papers are named; zooming in names smaller ones.
 */
import type { Area } from './areas';
import type { Size, Viewport } from './viewport';
import { toScreen, zoomOf } from './viewport';

export interface PlacedLabel {
  area: number;
  text: string;
  /** Centre of the text, CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelOptions {
  /** Text width in CSS pixels (the canvas's measureText). */
  measure: (text: string) => number;
  /** Line height in CSS pixels. */
  height: number;
  totalPapers: number;
  /** Room kept between names, CSS pixels. */
  gap?: number;
}

/** Where a name may go: offsets in half its width and in lines, nearest the point first. */
const SPOTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
];

/** The smallest share of all papers an area needs for its name at this zoom. */
function minShare(zoom: number): number {
  return 0.02 / Math.max(1, zoom);
}

export function placeLabels(
  areas: readonly Area[],
  v: Viewport,
  size: Size,
  o: LabelOptions,
): PlacedLabel[] {
  const gap = o.gap ?? 4;
  const zoom = zoomOf(v, size);
  const min = Math.max(2, minShare(zoom) * o.totalPapers);
  const height = o.height;
  const onScreen = (x: number, y: number) =>
    x >= 0 && y >= 0 && x <= size.width && y <= size.height;
  // Where the areas are, on screen: a name covering another area's middle hides it.
  const anchors = areas.flatMap((a) => {
    const [x, y] = toScreen(v, size, a.x, a.y);
    return a.key && onScreen(x, y) ? [{ area: a.index, x, y }] : [];
  });
  const placed: PlacedLabel[] = [];
  const hitsName = (x: number, y: number, width: number) =>
    placed.some(
      (p) =>
        Math.abs(p.x - x) * 2 < p.width + width + 2 * gap &&
        Math.abs(p.y - y) * 2 < p.height + height + 2 * gap,
    );
  const hidesArea = (area: number, x: number, y: number, width: number) =>
    anchors.some(
      (a) => a.area !== area && Math.abs(a.x - x) * 2 < width && Math.abs(a.y - y) * 2 < height,
    );
  for (const area of areas) {
    // Papers with no area are scattered: a name at one spot would mislead.
    if (!area.key || (area.papers.length < min && area.papers.length < o.totalPapers)) continue;
    const [sx, sy] = toScreen(v, size, area.x, area.y);
    // An area whose point is off screen is not named; one near the edge is shifted inside.
    if (!onScreen(sx, sy)) continue;
    const width = o.measure(area.name);
    if (width + 2 * gap > size.width) continue;
    // Over the area's middle, just above or below it, or beside it (ending or starting at its
    // point: two neighbours' names side by side); one hiding another area's middle only when
    // there is no other room.
    const spots = SPOTS.map(([dx, dy]) => ({
      x: Math.min(size.width - width / 2 - gap, Math.max(width / 2 + gap, sx + (dx * width) / 2)),
      y: Math.min(
        size.height - height / 2 - gap,
        Math.max(height / 2 + gap, sy + dy * (height + gap)),
      ),
    }));
    const spot =
      spots.find((s) => !hitsName(s.x, s.y, width) && !hidesArea(area.index, s.x, s.y, width)) ??
      spots.find((s) => !hitsName(s.x, s.y, width));
    if (spot) placed.push({ area: area.index, text: area.name, ...spot, width, height });
  }
  return placed;
}
