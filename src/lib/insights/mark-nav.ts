/**
 * Arrow-key movement between chart marks. A chart is one tab stop; inside it the arrows move to
 * the neighbouring mark, so a keyboard user need not tab through hundreds of links.
 */

export interface MarkPos {
  /** Row of the chart the mark sits in (bars, grid rows, technique rows of dots). */
  row: number;
  /** Horizontal centre on screen. */
  x: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const NAV_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
];

/** The candidate closest in x; among equals, the closest in order to `from`. */
function closestX(
  marks: readonly MarkPos[],
  candidates: number[],
  x: number,
  from: number,
): number | undefined {
  let best: number | undefined;
  let bestKey: [number, number] = [Infinity, Infinity];
  for (const i of candidates) {
    const m = marks[i];
    if (!m) continue;
    const key: [number, number] = [Math.abs(m.x - x), Math.abs(i - from)];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1]))
      [best, bestKey] = [i, key];
  }
  return best;
}

/** Index of the mark to move to from `from`; `from` itself when there is none that way. */
export function nextMark(marks: readonly MarkPos[], from: number, key: NavKey): number {
  const here = marks[from];
  if (!here) return from;
  if (key === 'Home') return 0;
  if (key === 'End') return marks.length - 1;
  const others = marks.map((_, i) => i).filter((i) => i !== from);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const dir = key === 'ArrowRight' ? 1 : -1;
    // Ties in x (stacked dots) are broken by order, so every mark stays reachable.
    const ahead = others.filter((i) => {
      const m = marks[i];
      return (
        !!m &&
        m.row === here.row &&
        ((m.x - here.x) * dir > 0 || (m.x === here.x && (i - from) * dir > 0))
      );
    });
    return closestX(marks, ahead, here.x, from) ?? from;
  }
  const dir = key === 'ArrowDown' ? 1 : -1;
  const rows = others.flatMap((i) => {
    const r = marks[i]?.row;
    return r !== undefined && (r - here.row) * dir > 0 ? [r] : [];
  });
  if (rows.length === 0) return from;
  const target = dir > 0 ? Math.min(...rows) : Math.max(...rows);
  return (
    closestX(
      marks,
      others.filter((i) => marks[i]?.row === target),
      here.x,
      from,
    ) ?? from
  );
}
