/**
 * The points are drawn once into a layer a margin larger than the canvas, then copied onto the
 * canvas frame by frame: a pan within the margin costs one copy, not 100,000 points. Pure, so
 * when a layer can be reused is tested without a browser.
 */
import type { Size, Viewport } from './viewport';

/** Room around the canvas drawn into the layer, in device pixels. */
export const LAYER_MARGIN = 256;

/**
 * Where a layer drawn for viewport `drawn` (its top-left `margin` device pixels above and left of
 * the canvas's) goes on the canvas for viewport `v`: the offset of its top-left corner in device
 * pixels, or null when it must be drawn again (another zoom, or panned past its margin).
 */
export function layerOffset(
  drawn: Viewport,
  v: Viewport,
  dpr: number,
  margin = LAYER_MARGIN,
): [number, number] | null {
  if (drawn.scale !== v.scale) return null;
  const dx = Math.round((drawn.cx - v.cx) * v.scale * dpr);
  const dy = Math.round((drawn.cy - v.cy) * v.scale * dpr);
  if (Math.abs(dx) > margin || Math.abs(dy) > margin) return null;
  return [dx - margin, dy - margin];
}

/** Where a layer goes on the canvas: its top-left corner and its scale, device pixels. */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

/** Zooms shown by scaling the layer during a gesture (beyond them it is drawn again). */
const SCALED = { min: 0.5, max: 2 };

/**
 * Like layerOffset, but during a gesture a layer drawn at another zoom may be scaled to fit
 * (slightly soft until the gesture pauses and it is drawn again), as long as it covers the canvas.
 * `canvas` is the canvas size in device pixels.
 */
export function layerPlacement(
  drawn: Viewport,
  v: Viewport,
  dpr: number,
  canvas: { width: number; height: number },
  scaled: boolean,
  margin = LAYER_MARGIN,
): Placement | null {
  const same = layerOffset(drawn, v, dpr, margin);
  if (same) return { x: same[0], y: same[1], scale: 1 };
  const f = v.scale / drawn.scale;
  if (!scaled || f < SCALED.min || f > SCALED.max) return null;
  const [lw, lh] = [canvas.width + 2 * margin, canvas.height + 2 * margin];
  const x = canvas.width / 2 - (lw / 2) * f + (drawn.cx - v.cx) * v.scale * dpr;
  const y = canvas.height / 2 - (lh / 2) * f + (drawn.cy - v.cy) * v.scale * dpr;
  const covers = x <= 0 && y <= 0 && x + lw * f >= canvas.width && y + lh * f >= canvas.height;
  return covers ? { x, y, scale: f } : null;
}

/** The canvas size grown by the layer's margin on every side (CSS pixels). */
export function layerSize(size: Size, dpr: number, margin = LAYER_MARGIN): Size {
  return {
    ...size,
    width: size.width + (2 * margin) / dpr,
    height: size.height + (2 * margin) / dpr,
  };
}

/** How many points lie on the canvas, in the view's colour and faded (for tests and the bench). */
export function countOnScreen(
  xy: Float32Array,
  inView: Uint8Array | null,
  v: Viewport,
  size: Size,
): { full: number; faded: number } {
  const [x0, x1] = [v.cx - size.width / 2 / v.scale, v.cx + size.width / 2 / v.scale];
  const [y0, y1] = [v.cy - size.height / 2 / v.scale, v.cy + size.height / 2 / v.scale];
  let [full, faded] = [0, 0];
  for (let i = 0; i < xy.length >> 1; i++) {
    const [x, y] = [xy[2 * i]!, xy[2 * i + 1]!];
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    if (!inView || inView[i] === 1) full++;
    else faded++;
  }
  return { full, faded };
}
