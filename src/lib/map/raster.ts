/**
 * Draws the map's points straight into an RGBA pixel buffer (one putImageData a frame): at
 * 100,000 points this is a few milliseconds, where a canvas path per point costs far more.
 * Points are small discs; faded papers are drawn first, so the view's papers lie on top.
 */
import type { Positions } from './map-file';
import type { Size, Viewport } from './viewport';

/** '#rrggbb' → a little-endian RGBA pixel (ABGR as a uint32), blended over `under` by `alpha`. */
export function pixelOf(hex: string, alpha = 1, under = '#ffffff'): number {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) || 0);
  const a = rgb(hex);
  const b = rgb(under);
  const [r, g, bl] = a.map((c, i) => Math.round(c * alpha + b[i]! * (1 - alpha)));
  return ((255 << 24) | (bl! << 16) | (g! << 8) | r!) >>> 0;
}

/** The offsets of a disc of radius r (device pixels) around its centre pixel. */
function discOffsets(r: number): [number, number][] {
  const out: [number, number][] = [];
  const R = Math.ceil(r);
  for (let dy = -R; dy <= R; dy++)
    for (let dx = -R; dx <= R; dx++) if (dx * dx + dy * dy <= r * r + r * 0.5) out.push([dx, dy]);
  return out;
}

export interface RasterInput {
  xy: Positions;
  /** Colour of each paper (pixelOf), full and faded. */
  colour: Uint32Array;
  faded: Uint32Array;
  /** 1 for papers of the view (drawn in full colour), 0 for the rest; null: all in view. */
  inView: Uint8Array | null;
  /** Disc radius in device pixels. */
  radius: number;
}

/**
 * Draws into `pixels` (width × height device pixels, cleared first). `v` and `size` are in CSS
 * pixels; `dpr` converts. Returns how many points fell on the canvas, in colour and faded.
 */
export function rasterise(
  pixels: Uint32Array,
  width: number,
  height: number,
  dpr: number,
  v: Viewport,
  size: Size,
  input: RasterInput,
): { full: number; faded: number } {
  pixels.fill(0);
  const { xy, colour, faded, inView } = input;
  const disc = discOffsets(input.radius);
  const flat = Int32Array.from(disc, ([dx, dy]) => dy * width + dx);
  const R = Math.ceil(input.radius);
  const k = v.scale * dpr;
  const ox = (size.width / 2) * dpr - v.cx * k;
  const oy = (size.height / 2) * dpr - v.cy * k;
  const n = xy.length >> 1;
  const drawn = { full: 0, faded: 0 };
  const pass = (wantInView: boolean) => {
    for (let i = 0; i < n; i++) {
      const isIn = !inView || inView[i] === 1;
      if (isIn !== wantInView) continue;
      const px = Math.round(xy[2 * i]! * k + ox);
      const py = Math.round(xy[2 * i + 1]! * k + oy);
      if (px < -R || py < -R || px >= width + R || py >= height + R) continue;
      if (isIn) drawn.full++;
      else drawn.faded++;
      const c = isIn ? colour[i]! : faded[i]!;
      if (px >= R && py >= R && px < width - R && py < height - R) {
        const base = py * width + px;
        for (let j = 0; j < flat.length; j++) pixels[base + flat[j]!] = c;
      } else {
        for (const [dx, dy] of disc) {
          const x = px + dx;
          const y = py + dy;
          if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = c;
        }
      }
    }
  };
  if (inView) pass(false);
  pass(true);
  return drawn;
}

/** Disc radius in CSS pixels: larger for small maps and when zoomed in. */
export function pointRadius(count: number, zoom: number): number {
  const base = count <= 500 ? 4.5 : count <= 5000 ? 2.8 : count <= 30_000 ? 1.6 : 1.1;
  return Math.min(7, base * Math.sqrt(Math.max(1, zoom)));
}
