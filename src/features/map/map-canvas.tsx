/**
 * The map itself: a canvas with a point per paper, area names, zoom and pan (mouse drag, wheel,
 * two-finger pinch, keyboard), the paper under the pointer named in a tooltip, a click opening
 * it, and a dragged rectangle choosing papers. Frames are drawn on demand (one per animation
 * frame at most) from refs, so panning does not re-render React.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Positions } from '../../lib/map/map-file';
import type { Area } from '../../lib/map/areas';
import { placeLabels } from '../../lib/map/labels';
import { PointGrid } from '../../lib/map/point-grid';
import { pointRadius, rasterise } from '../../lib/map/raster';
import type { Size, Viewport } from '../../lib/map/viewport';
import {
  boundsOf,
  centredOn,
  clampViewport,
  fitted,
  panBy,
  toMap,
  toScreen,
  zoomAt,
  zoomOf,
} from '../../lib/map/viewport';

export interface MapTheme {
  fg: string;
  bg: string;
  accent: string;
}

interface Props {
  xy: Positions;
  areas: readonly Area[];
  colour: Uint32Array;
  faded: Uint32Array;
  inView: Uint8Array | null;
  titles: readonly string[];
  theme: MapTheme;
  /** A paper to mark and name (focused in the list, or the one the map opened on). */
  marked: number;
  /** Centre on the marked paper when the map opens. */
  centreOnMarked: boolean;
  selecting: boolean;
  selection: readonly number[] | null;
  onSelect: (papers: number[] | null) => void;
  onOpen: (paper: number) => void;
  label: string;
}

type Gesture =
  | { kind: 'pan'; x: number; y: number; moved: number }
  | { kind: 'select'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'pinch'; distance: number; mx: number; my: number };

const HIT_RADIUS = 8;
const KEY_PAN = 80;
const KEY_ZOOM = 1.5;

export function MapCanvas(props: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [box, setSize] = useState<Size | null>(null);
  const bounds = useMemo(() => boundsOf(props.xy), [props.xy]);
  // The canvas box and where the papers lie: the whole map fits the box.
  const size = useMemo(() => (box ? { ...box, bounds } : null), [box, bounds]);
  const viewport = useRef<Viewport | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const [hover, setHover] = useState(-1);
  const [tip, setTip] = useState<{ paper: number; x: number; y: number } | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const hoverRef = useRef(hover);
  hoverRef.current = hover;
  const grid = useRef<{ xy: Positions; grid: PointGrid } | null>(null);
  const gridOf = (xy: Positions) => {
    if (grid.current?.xy !== xy) grid.current = { xy, grid: new PointGrid(xy) };
    return grid.current.grid;
  };
  const image = useRef<ImageData | null>(null);
  const frame = useRef(0);
  const firstDrawn = useRef(false);

  const draw = useCallback(() => {
    frame.current = 0;
    const c = canvas.current;
    const v = viewport.current;
    const p = latest.current;
    if (!c || !v || !size) return;
    const started = performance.now();
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const w = Math.max(1, Math.round(size.width * dpr));
    const h = Math.max(1, Math.round(size.height * dpr));
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    if (image.current?.width !== w || image.current.height !== h)
      image.current = ctx.createImageData(w, h);
    const img = image.current;
    const n = p.xy.length >> 1;
    const zoom = zoomOf(v, size);
    const drawn = rasterise(new Uint32Array(img.data.buffer), w, h, dpr, v, size, {
      xy: p.xy,
      colour: p.colour,
      faded: p.faded,
      inView: p.inView,
      radius: pointRadius(n, zoom) * dpr,
    });
    ctx.putImageData(img, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // Names over their areas, with a halo of the background so they read over points.
    ctx.font = '600 13px system-ui, -apple-system, "Segoe UI", sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const labels = placeLabels(p.areas, v, size, {
      measure: (t) => ctx.measureText(t).width,
      height: 16,
      totalPapers: n,
    });
    for (const l of labels) {
      ctx.lineWidth = 4;
      ctx.strokeStyle = p.theme.bg;
      ctx.strokeText(l.text, l.x, l.y);
      ctx.fillStyle = p.theme.fg;
      ctx.fillText(l.text, l.x, l.y);
    }
    // The marked and hovered papers: a ring in the accent colour.
    for (const i of [p.marked, hoverRef.current]) {
      if (i < 0 || i >= n) continue;
      const [sx, sy] = toScreen(v, size, p.xy[2 * i]!, p.xy[2 * i + 1]!);
      ctx.beginPath();
      ctx.arc(sx, sy, pointRadius(n, zoom) + 4, 0, 2 * Math.PI);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = p.theme.fg;
      ctx.stroke();
    }
    const g = gesture.current;
    if (g?.kind === 'select') {
      ctx.fillStyle = 'rgba(100, 150, 255, 0.12)';
      ctx.strokeStyle = p.theme.accent;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      const [x, y] = [Math.min(g.x0, g.x1), Math.min(g.y0, g.y1)];
      ctx.fillRect(x, y, Math.abs(g.x1 - g.x0), Math.abs(g.y1 - g.y0));
      ctx.strokeRect(x, y, Math.abs(g.x1 - g.x0), Math.abs(g.y1 - g.y0));
      ctx.setLineDash([]);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // What was drawn, for tests and the benchmark (points on the canvas, in colour and faded).
    c.dataset.full = String(drawn.full);
    c.dataset.faded = String(drawn.faded);
    c.dataset.labels = labels.map((l) => l.text).join('|');
    performance.measure('map-frame', { start: started });
    if (!firstDrawn.current) {
      firstDrawn.current = true;
      performance.mark('map-first-frame');
      c.dataset.drawn = 'true';
    }
  }, [size]);

  const redraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // The canvas fills its box; the viewport keeps its centre and zoom when the box changes.
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize((s) =>
        s && s.width === r.width && s.height === r.height
          ? s
          : { width: r.width, height: r.height },
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (!size || size.width < 1 || size.height < 1) return;
    const p = latest.current;
    if (!viewport.current) {
      const i = p.marked;
      viewport.current =
        p.centreOnMarked && i >= 0
          ? centredOn(size, p.xy[2 * i]!, p.xy[2 * i + 1]!, 4)
          : fitted(size);
    } else viewport.current = clampViewport(viewport.current, size);
    draw();
  }, [size, draw]);

  // Props that change the picture (view, theme, selection, marked paper) redraw it.
  useEffect(redraw, [
    redraw,
    props.colour,
    props.inView,
    props.theme,
    props.marked,
    props.areas,
    props.selection,
    hover,
  ]);

  // A paper marked from the list that lies off screen is brought into view.
  useEffect(() => {
    const v = viewport.current;
    const i = props.marked;
    if (!v || !size || i < 0) return;
    const [sx, sy] = toScreen(v, size, props.xy[2 * i]!, props.xy[2 * i + 1]!);
    if (sx < 20 || sy < 20 || sx > size.width - 20 || sy > size.height - 20) {
      viewport.current = clampViewport(
        { ...v, cx: props.xy[2 * i]!, cy: props.xy[2 * i + 1]! },
        size,
      );
      redraw();
    }
  }, [props.marked, props.xy, size, redraw]);

  const setViewport = (next: Viewport) => {
    viewport.current = next;
    redraw();
  };

  const local = (e: { clientX: number; clientY: number }) => {
    const r = canvas.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };

  const paperAt = (sx: number, sy: number): number => {
    const v = viewport.current;
    const p = latest.current;
    if (!v || !size) return -1;
    const [mx, my] = toMap(v, size, sx, sy);
    const n = p.xy.length >> 1;
    const radius = (HIT_RADIUS + pointRadius(n, zoomOf(v, size))) / v.scale;
    return gridOf(p.xy).nearest(mx, my, radius, p.inView ? (i) => p.inView![i] === 1 : undefined);
  };

  const showTip = (paper: number, sx: number, sy: number) => {
    setHover(paper);
    setTip(paper >= 0 ? { paper, x: sx, y: sy } : null);
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const c = canvas.current;
    if (!c || !size) return;
    const onWheel = (e: WheelEvent) => {
      const v = viewport.current;
      if (!v) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? size.height : 1;
      const factor = Math.exp(-e.deltaY * unit * 0.002);
      const [sx, sy] = local(e);
      setViewport(zoomAt(v, size, factor, sx, sy));
      setTip(null);
    };
    c.addEventListener('wheel', onWheel, { passive: false });
    return () => c.removeEventListener('wheel', onWheel);
  });

  const onPointerDown = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const [x, y] = local(e);
    pointers.current.set(e.pointerId, { x, y });
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      gesture.current = {
        kind: 'pinch',
        distance: Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1,
        mx: (a!.x + b!.x) / 2,
        my: (a!.y + b!.y) / 2,
      };
    } else if (props.selecting || e.shiftKey) {
      gesture.current = { kind: 'select', x0: x, y0: y, x1: x, y1: y };
    } else gesture.current = { kind: 'pan', x, y, moved: 0 };
  };

  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const [x, y] = local(e);
    const g = gesture.current;
    const v = viewport.current;
    if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, { x, y });
    if (!g || !v || !size) {
      if (e.pointerType === 'mouse') {
        const i = paperAt(x, y);
        if (i !== hoverRef.current) showTip(i, x, y);
      }
      return;
    }
    if (g.kind === 'pan') {
      g.moved += Math.abs(x - g.x) + Math.abs(y - g.y);
      setViewport(panBy(v, size, x - g.x, y - g.y));
      [g.x, g.y] = [x, y];
      if (g.moved > 4 && tip) setTip(null);
    } else if (g.kind === 'select') {
      [g.x1, g.y1] = [x, y];
      redraw();
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1;
      const [mx, my] = [(a!.x + b!.x) / 2, (a!.y + b!.y) / 2];
      const zoomed = zoomAt(v, size, distance / g.distance, g.mx, g.my);
      setViewport(panBy(zoomed, size, mx - g.mx, my - g.my));
      Object.assign(g, { distance, mx, my });
    }
  };

  const onPointerUp = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const [x, y] = local(e);
    const g = gesture.current;
    pointers.current.delete(e.pointerId);
    const v = viewport.current;
    if (g?.kind === 'pinch') {
      // The finger left on the screen goes on panning.
      const rest = [...pointers.current.values()][0];
      gesture.current = rest ? { kind: 'pan', x: rest.x, y: rest.y, moved: 99 } : null;
      return;
    }
    gesture.current = null;
    if (!g || !v || !size) return;
    if (g.kind === 'pan' && g.moved <= 4) {
      const i = paperAt(x, y);
      if (i >= 0) props.onOpen(i);
    } else if (g.kind === 'select') {
      const [ax, ay] = toMap(v, size, g.x0, g.y0);
      const [bx, by] = toMap(v, size, g.x1, g.y1);
      const inView = props.inView;
      const chosen =
        Math.abs(g.x1 - g.x0) < 3 && Math.abs(g.y1 - g.y0) < 3
          ? []
          : gridOf(props.xy).within(ax, ay, bx, by, inView ? (i) => inView[i] === 1 : undefined);
      props.onSelect(chosen.length ? chosen.sort((a, b) => a - b) : null);
      redraw();
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLCanvasElement>) => {
    const v = viewport.current;
    if (!v || !size) return;
    const [cx, cy] = [size.width / 2, size.height / 2];
    const moves: Record<string, () => Viewport> = {
      ArrowLeft: () => panBy(v, size, KEY_PAN, 0),
      ArrowRight: () => panBy(v, size, -KEY_PAN, 0),
      ArrowUp: () => panBy(v, size, 0, KEY_PAN),
      ArrowDown: () => panBy(v, size, 0, -KEY_PAN),
      '+': () => zoomAt(v, size, KEY_ZOOM, cx, cy),
      '=': () => zoomAt(v, size, KEY_ZOOM, cx, cy),
      '-': () => zoomAt(v, size, 1 / KEY_ZOOM, cx, cy),
      '0': () => fitted(size),
    };
    const move = moves[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    setViewport(move());
    setTip(null);
  };

  const zoomButton = (factor: number | 0) => () => {
    const v = viewport.current;
    if (!v || !size) return;
    setViewport(
      factor === 0 ? fitted(size) : zoomAt(v, size, factor, size.width / 2, size.height / 2),
    );
  };

  const marked = props.marked;
  const tipPaper = tip?.paper ?? -1;
  let shownTip = tip;
  if (tipPaper < 0 && marked >= 0 && viewport.current && size) {
    const [x, y] = toScreen(
      viewport.current,
      size,
      props.xy[2 * marked]!,
      props.xy[2 * marked + 1]!,
    );
    shownTip = { paper: marked, x, y };
  }

  return (
    <div className="map-frame">
      <div className="map-zoom" role="group" aria-label="Zoom">
        <button type="button" className="button" onClick={zoomButton(KEY_ZOOM)}>
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">Zoom in</span>
        </button>
        <button type="button" className="button" onClick={zoomButton(1 / KEY_ZOOM)}>
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">Zoom out</span>
        </button>
        <button type="button" className="button" onClick={zoomButton(0)}>
          Whole map
        </button>
      </div>
      <div
        className="map-canvas-box"
        ref={wrap}
        // As wide as tall as the papers lie (within the CSS limits): no empty band on a phone.
        style={{
          aspectRatio: `${Math.max(0.05, bounds.x1 - bounds.x0)} / ${Math.max(0.05, bounds.y1 - bounds.y0)}`,
        }}
      >
        <canvas
          ref={canvas}
          className={props.selecting ? 'map-canvas map-canvas--select' : 'map-canvas'}
          tabIndex={0}
          role="img"
          aria-label={props.label}
          aria-describedby="map-keys"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onPointerLeave={(e) => {
            if (e.pointerType === 'mouse' && !gesture.current) showTip(-1, 0, 0);
          }}
          onKeyDown={onKeyDown}
        />
        {shownTip && size && (
          <div
            className="map-tooltip"
            aria-hidden="true"
            style={{
              left: Math.min(Math.max(8, shownTip.x), size.width - 8),
              top: shownTip.y,
              transform: `translate(${shownTip.x > size.width / 2 ? '-100%' : '0'}, ${
                shownTip.y > size.height / 2 ? 'calc(-100% - 12px)' : '12px'
              })`,
            }}
          >
            {props.titles[shownTip.paper]}
          </div>
        )}
      </div>
    </div>
  );
}
