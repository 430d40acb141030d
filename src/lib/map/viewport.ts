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

export interface Size {
  width: number;
  height: number;
}

export const MAX_ZOOM = 64;
/** Room around the map at the fitted zoom, for labels and the outermost points. */
const FIT_MARGIN = 0.9;

export function fitScale(size: Size): number {
  return Math.max(1, Math.min(size.width, size.height) * FIT_MARGIN);
}

export function fitted(size: Size): Viewport {
  return { cx: 0.5, cy: 0.5, scale: fitScale(size) };
}

/** Zoom relative to the fitted map (1 = whole map). */
export function zoomOf(v: Viewport, size: Size): number {
  return v.scale / fitScale(size);
}

/** Keeps the zoom between the whole map and MAX_ZOOM, and the centre on the map. */
export function clampViewport(v: Viewport, size: Size): Viewport {
  const fit = fitScale(size);
  const scale = Math.min(fit * MAX_ZOOM, Math.max(fit, Number.isFinite(v.scale) ? v.scale : fit));
  const clamp = (c: number) => Math.min(1, Math.max(0, Number.isFinite(c) ? c : 0.5));
  return { cx: clamp(v.cx), cy: clamp(v.cy), scale };
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
