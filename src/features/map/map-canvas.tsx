/**
 * The map itself: a canvas with a point per paper and area names (map-draw.ts), zoom and pan
 * (use-map-gestures.ts), the paper under the pointer named in a tooltip. Frames are drawn on
 * demand, one per animation frame at most, from refs, so panning does not re-render React.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Positions } from '../../lib/map/map-file';
import type { Area } from '../../lib/map/areas';
import { countOnScreen } from '../../lib/map/layer';
import { PointGrid } from '../../lib/map/point-grid';
import { pointRadius } from '../../lib/map/raster';
import type { Size, Viewport } from '../../lib/map/viewport';
import {
  boundsOf,
  centredOn,
  clampViewport,
  fitted,
  toMap,
  toScreen,
  zoomAt,
  zoomOf,
} from '../../lib/map/viewport';
import { MapPainter } from './map-draw';
import type { MapTheme } from './map-draw';
import { KEY_ZOOM, useMapGestures } from './use-map-gestures';

export type { MapTheme } from './map-draw';

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
  /** Centre on the marked paper (when the map opens, or once the paper is known). */
  centreOnMarked: boolean;
  selecting: boolean;
  selection: readonly number[] | null;
  onSelect: (papers: number[] | null) => void;
  onOpen: (paper: number) => void;
  onFirstFrame: () => void;
  label: string;
}

const HIT_RADIUS = 8;
/**
 * A gesture has paused after this long: the frame is drawn exact (not a scaled layer) and the
 * points on the canvas are counted (data-full, data-faded).
 */
const SETTLE_MS = 120;

export function MapCanvas(props: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  const bounds = useMemo(() => boundsOf(props.xy), [props.xy]);
  // The canvas box and where the papers lie: the whole map fits the box.
  const size = useMemo<Size | null>(() => (box ? { ...box, bounds } : null), [box, bounds]);
  const viewport = useRef<Viewport | null>(null);
  /** The reader has moved the map: it is not re-centred for them. */
  const moved = useRef(false);
  const [tip, setTip] = useState<{ paper: number; x: number; y: number } | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const hover = useRef(-1);
  const painter = useRef<MapPainter | null>(null);
  const grid = useMemo(() => new PointGrid(props.xy), [props.xy]);
  const frame = useRef(0);
  const settleTimer = useRef(0);
  const firstDrawn = useRef(false);
  /** A gesture goes on: the frame may show the point layer scaled (map-draw.ts). */
  const moving = useRef(false);

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
    if (c.width !== w || c.height !== h) [c.width, c.height] = [w, h];
    const g = gestures.gesture.current;
    const labels = (painter.current ??= new MapPainter()).paint(
      c,
      v,
      size,
      dpr,
      {
        xy: p.xy,
        colour: p.colour,
        faded: p.faded,
        inView: p.inView,
        areas: p.areas,
        theme: p.theme,
        radius: pointRadius(p.xy.length >> 1, zoomOf(v, size)),
        rings: [p.marked, hover.current],
        box: g?.kind === 'select' ? g : null,
      },
      moving.current,
    );
    // What was drawn, for tests and the benchmark; counting every point waits for a pause.
    c.dataset.labels = labels.join('|');
    window.clearTimeout(settleTimer.current);
    settleTimer.current = window.setTimeout(() => {
      const drawn = countOnScreen(p.xy, p.inView, v, size);
      c.dataset.full = String(drawn.full);
      c.dataset.faded = String(drawn.faded);
      if (moving.current) {
        moving.current = false;
        draw();
      }
    }, SETTLE_MS);
    performance.measure('map-frame', { start: started });
    if (!firstDrawn.current) {
      firstDrawn.current = true;
      performance.mark('map-first-frame');
      c.dataset.drawn = 'true';
      p.onFirstFrame();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- gestures.gesture is a stable ref
  }, [size]);

  const redraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      window.clearTimeout(settleTimer.current);
    },
    [],
  );

  const setViewport = (next: Viewport) => {
    viewport.current = next;
    moved.current = true;
    moving.current = true;
    redraw();
  };

  const showTip = (paper: number, sx: number, sy: number) => {
    hover.current = paper;
    setTip(paper >= 0 ? { paper, x: sx, y: sy } : null);
    redraw();
  };

  const paperAt = (sx: number, sy: number): number => {
    const v = viewport.current;
    const p = latest.current;
    if (!v || !size) return -1;
    const [mx, my] = toMap(v, size, sx, sy);
    const radius = (HIT_RADIUS + pointRadius(p.xy.length >> 1, zoomOf(v, size))) / v.scale;
    return grid.nearest(mx, my, radius, p.inView ? (i) => p.inView![i] === 1 : undefined);
  };

  const gestures = useMapGestures({
    canvas,
    size,
    viewport,
    setViewport,
    redraw,
    paperAt,
    papersWithin: (ax, ay, bx, by) => {
      const inView = latest.current.inView;
      return grid
        .within(ax, ay, bx, by, inView ? (i) => inView[i] === 1 : undefined)
        .sort((a, b) => a - b);
    },
    selecting: props.selecting,
    onSelect: props.onSelect,
    onOpen: props.onOpen,
    onHover: showTip,
    hovered: () => hover.current,
  });

  // The canvas fills its box; the viewport keeps its centre and zoom when the box changes.
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setBox((s) =>
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
    viewport.current = viewport.current ? clampViewport(viewport.current, size) : fitted(size);
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
  ]);

  // The paper the map opened on (known once the corpus is in) is centred, unless the reader has
  // moved the map meanwhile; a paper marked from the list that lies off screen is brought in.
  const { marked, centreOnMarked, xy } = props;
  useEffect(() => {
    const v = viewport.current;
    if (!v || !size || marked < 0) return;
    const [x, y] = [xy[2 * marked]!, xy[2 * marked + 1]!];
    if (centreOnMarked && !moved.current) {
      moved.current = true;
      viewport.current = centredOn(size, x, y, 4);
      redraw();
      return;
    }
    const [sx, sy] = toScreen(v, size, x, y);
    if (sx < 20 || sy < 20 || sx > size.width - 20 || sy > size.height - 20) {
      viewport.current = clampViewport({ ...v, cx: x, cy: y }, size);
      redraw();
    }
  }, [marked, centreOnMarked, xy, size, redraw]);

  const zoomButton = (factor: number) => () => {
    const v = viewport.current;
    if (!v || !size) return;
    setViewport(
      factor === 0 ? fitted(size) : zoomAt(v, size, factor, size.width / 2, size.height / 2),
    );
  };

  let shownTip = tip;
  if (!tip && marked >= 0 && viewport.current && size) {
    const [x, y] = toScreen(viewport.current, size, xy[2 * marked]!, xy[2 * marked + 1]!);
    shownTip = { paper: marked, x, y };
  }
  const title = shownTip ? props.titles[shownTip.paper] : undefined;

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
          {...gestures.handlers}
        />
        {shownTip && title !== undefined && size && (
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
            {title}
          </div>
        )}
      </div>
    </div>
  );
}
