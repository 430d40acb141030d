/**
 * Drawing a frame of the map: the points (a few thousand as canvas paths; more from a cached
 * pixel layer, src/lib/map/layer.ts, drawn again only on zoom, a pan past its margin, or new
 * colours), then area names, rings and the selection box on top. One painter per canvas keeps
 * the layer and the measured name widths between frames.
 */
import type { Area } from '../../lib/map/areas';
import { placeLabels } from '../../lib/map/labels';
import { LAYER_MARGIN, layerPlacement, layerSize } from '../../lib/map/layer';
import { rasterise } from '../../lib/map/raster';
import type { Size, Viewport } from '../../lib/map/viewport';
import { toScreen } from '../../lib/map/viewport';

export interface MapTheme {
  fg: string;
  bg: string;
  accent: string;
}

export interface FrameInput {
  xy: Float32Array;
  colour: Uint32Array;
  faded: Uint32Array;
  inView: Uint8Array | null;
  areas: readonly Area[];
  theme: MapTheme;
  /** Point radius, CSS pixels. */
  radius: number;
  /** Papers ringed (marked, hovered); -1 for none. */
  rings: readonly number[];
  /** The rectangle being dragged, CSS pixels. */
  box: { x0: number; y0: number; x1: number; y1: number } | null;
}

/** Names a little smaller on a phone-wide map, so they cover less of it. */
const fontOf = (width: number) =>
  `600 ${width < 500 ? 12 : 13}px system-ui, -apple-system, "Segoe UI", sans-serif`;

/** Up to this many points, they are canvas paths drawn each frame; above, a cached layer. */
const VECTOR_MAX = 3_000;

/** '#…' colour of a pixelOf value (little-endian RGBA). */
const cssOf = (pixel: number) =>
  `#${(((pixel & 0xff) << 16) | (pixel & 0xff00) | ((pixel >>> 16) & 0xff)).toString(16).padStart(6, '0')}`;

/** The points as discs, one path per colour; faded papers first, so the view's lie on top. */
function drawDiscs(
  ctx: CanvasRenderingContext2D,
  v: Viewport,
  size: Size,
  dpr: number,
  f: FrameInput,
): void {
  const { xy, inView } = f;
  const n = xy.length >> 1;
  const k = v.scale * dpr;
  const ox = (size.width / 2) * dpr - v.cx * k;
  const oy = (size.height / 2) * dpr - v.cy * k;
  const r = f.radius * dpr;
  const [w, h] = [size.width * dpr, size.height * dpr];
  for (const wantIn of inView ? [false, true] : [true]) {
    const colours = new Set<number>();
    for (let i = 0; i < n; i++)
      if (!inView || (inView[i] === 1) === wantIn) colours.add(wantIn ? f.colour[i]! : f.faded[i]!);
    for (const c of colours) {
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        if (inView && (inView[i] === 1) !== wantIn) continue;
        if ((wantIn ? f.colour[i] : f.faded[i]) !== c) continue;
        const x = Math.round(xy[2 * i]! * k + ox);
        const y = Math.round(xy[2 * i + 1]! * k + oy);
        if (x < -r || y < -r || x > w + r || y > h + r) continue;
        ctx.moveTo(x + 0.5 + r, y + 0.5);
        ctx.arc(x + 0.5, y + 0.5, r, 0, 2 * Math.PI);
      }
      ctx.fillStyle = cssOf(c);
      ctx.fill();
    }
  }
}

interface Layer {
  canvas: HTMLCanvasElement;
  /** Its pixel buffer, kept for the next layer. */
  image: ImageData;
  v: Viewport;
  /** What the layer was drawn from: any change draws it again. */
  from: readonly unknown[];
}

export class MapPainter {
  private layer: Layer | null = null;
  private widths = new Map<string, number>();

  /**
   * Draws a frame; returns the area names shown. `moving`: a gesture goes on, so a layer drawn at
   * a nearby zoom may be shown scaled (the caller paints again, exact, once it pauses).
   */
  paint(
    c: HTMLCanvasElement,
    v: Viewport,
    size: Size,
    dpr: number,
    f: FrameInput,
    moving = false,
  ): string[] {
    const ctx = c.getContext('2d');
    if (!ctx) return [];
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, c.width, c.height);
    // A few thousand points are drawn straight onto the canvas: cheaper than a layer to keep.
    if (f.xy.length >> 1 <= VECTOR_MAX) drawDiscs(ctx, v, size, dpr, f);
    else this.copyLayer(ctx, c, v, size, dpr, f, moving);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const labels = this.names(ctx, v, size, f);
    // The marked and hovered papers: a ring in the text colour.
    for (const i of f.rings) {
      if (i < 0 || 2 * i >= f.xy.length) continue;
      const [sx, sy] = toScreen(v, size, f.xy[2 * i]!, f.xy[2 * i + 1]!);
      ctx.beginPath();
      ctx.arc(sx, sy, f.radius + 4, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = f.theme.fg;
      ctx.stroke();
    }
    const b = f.box;
    if (b) {
      ctx.fillStyle = 'rgba(100, 150, 255, 0.12)';
      ctx.strokeStyle = f.theme.accent;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      const [x, y, w, h] = [
        Math.min(b.x0, b.x1),
        Math.min(b.y0, b.y1),
        Math.abs(b.x1 - b.x0),
        Math.abs(b.y1 - b.y0),
      ];
      ctx.fillRect(x, y, w, h);
      ctx.strokeRect(x, y, w, h);
      ctx.setLineDash([]);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return labels;
  }

  /** The points from the layer: the cached one when it still fits, else drawn again. */
  private copyLayer(
    ctx: CanvasRenderingContext2D,
    c: HTMLCanvasElement,
    v: Viewport,
    size: Size,
    dpr: number,
    f: FrameInput,
    moving: boolean,
  ): void {
    // The radius follows the zoom, which the placement checks.
    const from = [f.xy, f.colour, f.faded, f.inView, c.width, c.height, dpr];
    const old = this.layer;
    const fresh = old?.from.every((x, i) => x === from[i]);
    let at = fresh ? layerPlacement(old!.v, v, dpr, c, moving) : null;
    if (!at) {
      this.draw(c.width, c.height, v, size, dpr, f, from);
      at = { x: -LAYER_MARGIN, y: -LAYER_MARGIN, scale: 1 };
    }
    const layer = this.layer!.canvas;
    ctx.imageSmoothingEnabled = at.scale !== 1;
    ctx.drawImage(layer, at.x, at.y, layer.width * at.scale, layer.height * at.scale);
  }

  /** Draws the points' layer for this viewport, into a pixel buffer. */
  private draw(
    w: number,
    h: number,
    v: Viewport,
    size: Size,
    dpr: number,
    f: FrameInput,
    from: readonly unknown[],
  ): void {
    const old = this.layer;
    const [lw, lh] = [w + 2 * LAYER_MARGIN, h + 2 * LAYER_MARGIN];
    const canvas = old?.canvas ?? document.createElement('canvas');
    if (canvas.width !== lw || canvas.height !== lh) [canvas.width, canvas.height] = [lw, lh];
    const lctx = canvas.getContext('2d')!;
    // Many points: written straight into a pixel buffer (a path of 100,000 discs costs more).
    const image =
      old?.image?.width === lw && old.image.height === lh
        ? old.image
        : lctx.createImageData(lw, lh);
    rasterise(new Uint32Array(image.data.buffer), lw, lh, dpr, v, layerSize(size, dpr), {
      xy: f.xy,
      colour: f.colour,
      faded: f.faded,
      inView: f.inView,
      radius: f.radius * dpr,
    });
    lctx.putImageData(image, 0, 0);
    this.layer = { canvas, image, v, from };
  }

  /** Names over their areas, with a halo of the background so they read over points. */
  private names(ctx: CanvasRenderingContext2D, v: Viewport, size: Size, f: FrameInput): string[] {
    const font = fontOf(size.width);
    ctx.font = font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const labels = placeLabels(f.areas, v, size, {
      measure: (t) => {
        let width = this.widths.get(font + t);
        if (width === undefined) this.widths.set(font + t, (width = ctx.measureText(t).width));
        return width;
      },
      height: size.width < 500 ? 15 : 16,
      totalPapers: f.xy.length >> 1,
    });
    for (const l of labels) {
      ctx.lineWidth = 4;
      ctx.strokeStyle = f.theme.bg;
      ctx.strokeText(l.text, l.x, l.y);
      ctx.fillStyle = f.theme.fg;
      ctx.fillText(l.text, l.x, l.y);
    }
    return labels.map((l) => l.text);
  }
}
