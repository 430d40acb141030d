/**
 * Drawing a frame of the map: the points from a cached layer (src/lib/map/layer.ts; drawn again
 * only on zoom, a pan past its margin, or new colours), then area names, rings and the selection
 * box on top. One painter per canvas keeps the layer and the measured name widths between frames.
 */
import type { Area } from '../../lib/map/areas';
import { placeLabels } from '../../lib/map/labels';
import { LAYER_MARGIN, layerOffset, layerSize } from '../../lib/map/layer';
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

const FONT = '600 13px system-ui, -apple-system, "Segoe UI", sans-serif';

interface Layer {
  canvas: HTMLCanvasElement;
  image: ImageData;
  v: Viewport;
  /** What the layer was drawn from: any change draws it again. */
  from: readonly unknown[];
}

export class MapPainter {
  private layer: Layer | null = null;
  private widths = new Map<string, number>();

  /** Draws a frame; returns the area names shown. */
  paint(c: HTMLCanvasElement, v: Viewport, size: Size, dpr: number, f: FrameInput): string[] {
    const ctx = c.getContext('2d');
    if (!ctx) return [];
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, c.width, c.height);
    const layer = this.layerFor(c.width, c.height, v, size, dpr, f);
    const at = layerOffset(layer.v, v, dpr)!;
    ctx.drawImage(layer.canvas, at[0], at[1]);
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

  /** The points' layer for this viewport: the cached one when it still fits. */
  private layerFor(w: number, h: number, v: Viewport, size: Size, dpr: number, f: FrameInput) {
    const from = [f.xy, f.colour, f.faded, f.inView, f.radius, w, h, dpr];
    const old = this.layer;
    if (old && old.from.every((x, i) => x === from[i]) && layerOffset(old.v, v, dpr)) return old;
    const [lw, lh] = [w + 2 * LAYER_MARGIN, h + 2 * LAYER_MARGIN];
    const canvas = old?.canvas ?? document.createElement('canvas');
    if (canvas.width !== lw || canvas.height !== lh) [canvas.width, canvas.height] = [lw, lh];
    const lctx = canvas.getContext('2d')!;
    const image =
      old?.image.width === lw && old.image.height === lh ? old.image : lctx.createImageData(lw, lh);
    rasterise(new Uint32Array(image.data.buffer), lw, lh, dpr, v, layerSize(size, dpr), {
      xy: f.xy,
      colour: f.colour,
      faded: f.faded,
      inView: f.inView,
      radius: f.radius * dpr,
    });
    lctx.putImageData(image, 0, 0);
    this.layer = { canvas, image, v, from };
    return this.layer;
  }

  /** Names over their areas, with a halo of the background so they read over points. */
  private names(ctx: CanvasRenderingContext2D, v: Viewport, size: Size, f: FrameInput): string[] {
    ctx.font = FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const labels = placeLabels(f.areas, v, size, {
      measure: (t) => {
        let width = this.widths.get(t);
        if (width === undefined) this.widths.set(t, (width = ctx.measureText(t).width));
        return width;
      },
      height: 16,
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
