/**
 * Zoom and pan of the map by mouse drag, wheel, two-finger pinch and keyboard, a click opening the
 * paper under it, and a dragged rectangle (or shift-drag) choosing papers. The viewport and the
 * gesture live in refs: a drag redraws the canvas without re-rendering React.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Size, Viewport } from '../../lib/map/viewport';
import { fitted, panBy, toMap, zoomAt } from '../../lib/map/viewport';

export type Gesture =
  | { kind: 'pan'; x: number; y: number; moved: number }
  | { kind: 'select'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'pinch'; distance: number; mx: number; my: number };

const KEY_PAN = 80;
export const KEY_ZOOM = 1.5;

interface Options {
  canvas: RefObject<HTMLCanvasElement | null>;
  size: Size | null;
  viewport: RefObject<Viewport | null>;
  setViewport: (v: Viewport) => void;
  redraw: () => void;
  /** The paper under a canvas point (CSS pixels), or -1. */
  paperAt: (sx: number, sy: number) => number;
  /** The papers of the view inside a map rectangle, sorted. */
  papersWithin: (ax: number, ay: number, bx: number, by: number) => number[];
  selecting: boolean;
  onSelect: (papers: number[] | null) => void;
  onOpen: (paper: number) => void;
  /** The paper under the mouse changed (-1: none), or a gesture hides the tooltip. */
  onHover: (paper: number, sx: number, sy: number) => void;
  hovered: () => number;
}

export function useMapGestures(o: Options) {
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const { canvas, size } = o;
  const latest = useRef(o);
  latest.current = o;

  const local = (e: { clientX: number; clientY: number }) => {
    const r = canvas.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const c = canvas.current;
    if (!c || !size) return;
    const onWheel = (e: WheelEvent) => {
      const { viewport, setViewport, onHover } = latest.current;
      const v = viewport.current;
      if (!v) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? size.height : 1;
      const [sx, sy] = local(e);
      setViewport(zoomAt(v, size, Math.exp(-e.deltaY * unit * 0.002), sx, sy));
      onHover(-1, 0, 0);
    };
    c.addEventListener('wheel', onWheel, { passive: false });
    return () => c.removeEventListener('wheel', onWheel);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `local` reads only the ref
  }, [canvas, size]);

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
    } else if (o.selecting || e.shiftKey) {
      gesture.current = { kind: 'select', x0: x, y0: y, x1: x, y1: y };
    } else gesture.current = { kind: 'pan', x, y, moved: 0 };
  };

  const onPointerMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const [x, y] = local(e);
    const g = gesture.current;
    const v = o.viewport.current;
    if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, { x, y });
    if (!g || !v || !size) {
      if (e.pointerType === 'mouse') {
        const i = o.paperAt(x, y);
        if (i !== o.hovered()) o.onHover(i, x, y);
      }
      return;
    }
    if (g.kind === 'pan') {
      g.moved += Math.abs(x - g.x) + Math.abs(y - g.y);
      o.setViewport(panBy(v, size, x - g.x, y - g.y));
      [g.x, g.y] = [x, y];
      if (g.moved > 4 && o.hovered() >= 0) o.onHover(-1, 0, 0);
    } else if (g.kind === 'select') {
      [g.x1, g.y1] = [x, y];
      o.redraw();
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y) || 1;
      const [mx, my] = [(a!.x + b!.x) / 2, (a!.y + b!.y) / 2];
      const zoomed = zoomAt(v, size, distance / g.distance, g.mx, g.my);
      o.setViewport(panBy(zoomed, size, mx - g.mx, my - g.my));
      Object.assign(g, { distance, mx, my });
    }
  };

  const onPointerUp = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const [x, y] = local(e);
    const g = gesture.current;
    pointers.current.delete(e.pointerId);
    const v = o.viewport.current;
    if (g?.kind === 'pinch') {
      // The finger left on the screen goes on panning.
      const rest = [...pointers.current.values()][0];
      gesture.current = rest ? { kind: 'pan', x: rest.x, y: rest.y, moved: 99 } : null;
      return;
    }
    gesture.current = null;
    if (!g || !v || !size) return;
    if (g.kind === 'pan' && g.moved <= 4) {
      const i = o.paperAt(x, y);
      if (i >= 0) o.onOpen(i);
    } else if (g.kind === 'select') {
      const tiny = Math.abs(g.x1 - g.x0) < 3 && Math.abs(g.y1 - g.y0) < 3;
      const chosen = tiny
        ? []
        : o.papersWithin(...toMap(v, size, g.x0, g.y0), ...toMap(v, size, g.x1, g.y1));
      o.onSelect(chosen.length ? chosen : null);
      o.redraw();
    }
  };

  const onPointerLeave = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && !gesture.current) o.onHover(-1, 0, 0);
  };

  /** Arrows pan, + and − zoom, 0 shows the whole map. */
  const onKeyDown = (e: React.KeyboardEvent<HTMLCanvasElement>) => {
    const v = o.viewport.current;
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
    o.setViewport(move());
    o.onHover(-1, 0, 0);
  };

  return {
    gesture,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
      onPointerLeave,
      onKeyDown,
    },
  };
}
