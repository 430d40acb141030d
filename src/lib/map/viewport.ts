/**
 * Where the map looks: the data point at the centre of the canvas and the zoom (CSS pixels per
 * map unit; the map is the unit square). Pure, so zoom and pan are tested without a browser.
 */

export interface Viewport {
  /** Map coordinates at the canvas centre. */
  cx: number;
  cy: number;
  /** CSS pixels per map unit. */
  scale: number;
}

/** The part of the unit square the papers occupy. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Size {
  width: number;
  height: number;
  /** Where the papers are (the whole map fits these); the unit square when absent. */
  bounds?: Bounds;
}

const UNIT: Bounds = { x0: 0, y0: 0, x1: 1, y1: 1 };

/** The bounding box of positions (x at 2i, y at 2i + 1). */
export function boundsOf(xy: ArrayLike<number>): Bounds {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < xy.length; i += 2) {
    x0 = Math.min(x0, xy[i]!);
    x1 = Math.max(x1, xy[i]!);
    y0 = Math.min(y0, xy[i + 1]!);
    y1 = Math.max(y1, xy[i + 1]!);
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : UNIT;
}

export const MAX_ZOOM = 64;
/** Room around the map at the fitted zoom, for labels and the outermost points. */
const FIT_MARGIN = 0.9;

function fitScale(size: Size): number {
  const b = size.bounds ?? UNIT;
  // A lone paper (or a line of them) still gets a sensible zoom.
  const w = Math.max(b.x1 - b.x0, 0.05);
  const h = Math.max(b.y1 - b.y0, 0.05);
  return Math.max(1, Math.min(size.width / w, size.height / h) * FIT_MARGIN);
}

export function fitted(size: Size): Viewport {
  const b = size.bounds ?? UNIT;
  return { cx: (b.x0 + b.x1) / 2, cy: (b.y0 + b.y1) / 2, scale: fitScale(size) };
}

/** Zoom relative to the fitted map (1 = whole map). */
export function zoomOf(v: Viewport, size: Size): number {
  return v.scale / fitScale(size);
}

/** Keeps the zoom between the whole map and MAX_ZOOM, and the centre among the papers. */
export function clampViewport(v: Viewport, size: Size): Viewport {
  const fit = fitScale(size);
  const scale = Math.min(fit * MAX_ZOOM, Math.max(fit, Number.isFinite(v.scale) ? v.scale : fit));
  const b = size.bounds ?? UNIT;
  const clamp = (c: number, lo: number, hi: number) =>
    Math.min(hi, Math.max(lo, Number.isFinite(c) ? c : (lo + hi) / 2));
  return { cx: clamp(v.cx, b.x0, b.x1), cy: clamp(v.cy, b.y0, b.y1), scale };
}

export function toScreen(v: Viewport, size: Size, x: number, y: number): [number, number] {
  return [(x - v.cx) * v.scale + size.width / 2, (y - v.cy) * v.scale + size.height / 2];
}

export function toMap(v: Viewport, size: Size, sx: number, sy: number): [number, number] {
  return [(sx - size.width / 2) / v.scale + v.cx, (sy - size.height / 2) / v.scale + v.cy];
}

/** Zooms by `factor` keeping the map point under (sx, sy) where it is. */
export function zoomAt(v: Viewport, size: Size, factor: number, sx: number, sy: number): Viewport {
  const [mx, my] = toMap(v, size, sx, sy);
  const scale = clampViewport({ ...v, scale: v.scale * factor }, size).scale;
  const next = {
    cx: mx - (sx - size.width / 2) / scale,
    cy: my - (sy - size.height / 2) / scale,
    scale,
  };
  return clampViewport(next, size);
}

/** Moves the map by (dx, dy) CSS pixels, as a drag does. */
export function panBy(v: Viewport, size: Size, dx: number, dy: number): Viewport {
  return clampViewport({ ...v, cx: v.cx - dx / v.scale, cy: v.cy - dy / v.scale }, size);
}

/** Centred on a map point at a zoom relative to the fitted map. */
export function centredOn(size: Size, x: number, y: number, zoom: number): Viewport {
  return clampViewport({ cx: x, cy: y, scale: fitScale(size) * zoom }, size);
}
