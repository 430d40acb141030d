import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { afterPaint } from '../../hooks/after-paint';

/** Items rendered past those on the screen: new results may be shorter than the old. */
const SPARE = 1;

/** A page of results as rendered: paper positions and the terms to mark in them. */
export interface Rows {
  ids: readonly number[];
  terms: readonly string[];
}

/** What to render: fresh rows first, then rows kept from the last complete render, as they were. */
export interface ViewportFirst {
  fresh: Rows;
  kept: Rows | null;
}

/**
 * Renders new results where the reader sees them first. Once settled the whole page is rendered.
 * When the results have just changed, only those on screen (as last measured) and a few more are
 * rendered fresh; the rest of the list keeps the items of the last complete render, below the
 * screen, untouched (same props, so React skips them). The fresh rest follows after the browser
 * has painted, in a transition that the next key interrupts.
 *
 * A keystroke thus builds the 5–7 results a reader can see and removes as many, instead of
 * building 25 and removing 25: at 119 papers that is most of a key's cost (see BENCHMARKS.md).
 * A new list shorter than the screen is rendered whole at once.
 * Everything renders at once when `all` is set (the list holds the focus), before the first
 * measure, and where nothing has a layout (tests).
 */
export function useViewportFirst(
  rows: Rows,
  list: RefObject<HTMLElement | null>,
  all: boolean,
): ViewportFirst {
  const [complete, setComplete] = useState(rows);
  const cover = useRef(Number.POSITIVE_INFINITY);
  const settled = complete.ids === rows.ids;

  useEffect(() => {
    if (!settled) return afterPaint(() => startTransition(() => setComplete(rows)));
    // Measured once the whole list has been painted, when reading the layout costs nothing.
    return afterPaint(() => (cover.current = coverCount(list.current)));
  }, [rows, settled, list]);

  useEffect(() => {
    let pending: (() => void) | null = null;
    const remeasure = () => {
      pending ??= afterPaint(() => {
        pending = null;
        cover.current = coverCount(list.current);
      });
    };
    window.addEventListener('scroll', remeasure, { passive: true });
    window.addEventListener('resize', remeasure);
    return () => {
      window.removeEventListener('scroll', remeasure);
      window.removeEventListener('resize', remeasure);
      pending?.();
    };
  }, [list]);

  const head = cover.current;
  if (settled || all || head >= rows.ids.length) return { fresh: rows, kept: null };
  const fresh = rows.ids.slice(0, head);
  const taken = new Set(fresh);
  // The fresh rows reach below the screen, so every kept row is below it; kept rows past the new
  // list's end stay there too until the rest comes: removing them is work the reader cannot see.
  const kept = complete.ids.slice(head).filter((id) => !taken.has(id));
  return { fresh: { ids: fresh, terms: rows.terms }, kept: { ids: kept, terms: complete.terms } };
}

/**
 * The items that start on the screen, plus SPARE. When the list ends on the screen, as many more
 * as would fill the rest of it at the items' mean height.
 */
export function coverCount(list: HTMLElement | null): number {
  const bottom = window.innerHeight;
  const items = list?.children;
  if (!items?.length || !(bottom > 0)) return Number.POSITIVE_INFINITY;
  for (let i = 0; i < items.length; i += 1) {
    if (items[i]!.getBoundingClientRect().top >= bottom) return i + SPARE;
  }
  const first = items[0]!.getBoundingClientRect();
  const last = items[items.length - 1]!.getBoundingClientRect();
  const mean = (last.bottom - first.top) / items.length;
  if (!(mean > 0)) return Number.POSITIVE_INFINITY;
  return items.length + Math.ceil(Math.max(0, bottom - last.bottom) / mean) + SPARE;
}
