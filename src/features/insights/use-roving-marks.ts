import { useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { nextMark, NAV_KEYS, type NavKey } from '../../lib/insights/mark-nav';

const MARK = 'a.mark';

function marksOf(svg: SVGSVGElement | null): SVGElement[] {
  return svg ? [...svg.querySelectorAll<SVGElement>(MARK)] : [];
}

function activate(marks: SVGElement[], active: Element | undefined): void {
  for (const m of marks) m.setAttribute('tabindex', m === active ? '0' : '-1');
}

/**
 * Makes a chart one tab stop: its marks take a roving tabindex and the arrow keys (Home, End)
 * move between them (mark-nav.ts). Marks carry `data-row` so rows are known without geometry.
 */
export function useRovingMarks() {
  const ref = useRef<SVGSVGElement>(null);

  // Marks change with the data: keep exactly one of them tabbable after every render.
  useEffect(() => {
    const marks = marksOf(ref.current);
    activate(marks, marks.find((m) => m.getAttribute('tabindex') === '0') ?? marks[0]);
  });

  const onKeyDown = useCallback((e: KeyboardEvent<SVGSVGElement>) => {
    if (!NAV_KEYS.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const marks = marksOf(ref.current);
    const current = (e.target as Element).closest(MARK);
    const from = marks.findIndex((m) => m === current);
    if (from < 0) return;
    e.preventDefault();
    const positions = marks.map((m) => {
      const box = m.getBoundingClientRect();
      return { row: Number(m.dataset.row ?? 0), x: box.left + box.width / 2 };
    });
    const target = marks[nextMark(positions, from, e.key as NavKey)];
    activate(marks, target);
    target?.focus();
  }, []);

  // A mark reached another way (a click) becomes the chart's tab stop.
  const onFocus = useCallback((e: FocusEvent<SVGSVGElement>) => {
    const mark = (e.target as Element).closest(MARK);
    if (mark) activate(marksOf(ref.current), mark);
  }, []);

  return { ref, onKeyDown, onFocus };
}
