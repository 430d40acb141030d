/** Precision/recall tables for the tag evaluation (scripts/eval-tags.ts). */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Row extends Counts {
  id: string;
  /** Papers whose label has the value. */
  support: number;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return { p, r, f1: ratio(2 * p * r, p + r) };
}

/** Per-value counts for a multi-label group over aligned gold/predicted id lists. */
export function countRows(ids: readonly string[], gold: string[][], pred: string[][]): Row[] {
  return ids.map((id) => {
    const row: Row = { id, support: 0, tp: 0, fp: 0, fn: 0 };
    gold.forEach((g, i) => {
      const inGold = g.includes(id);
      const inPred = (pred[i] ?? []).includes(id);
      if (inGold) row.support++;
      if (inGold && inPred) row.tp++;
      else if (inPred) row.fp++;
      else if (inGold) row.fn++;
    });
    return row;
  });
}

export function micro(rows: readonly Row[]): Counts {
  return rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

const f3 = (x: number): string => x.toFixed(3);

/** An aligned text table: one line per value, then the group's micro average. */
export function formatTable(group: string, rows: readonly Row[]): string {
  const width = Math.max(24, ...rows.map((r) => r.id.length + 2));
  const head = `${group.padEnd(width)}${['support', 'tp', 'fp', 'fn', 'prec', 'recall', 'f1'].map((h) => h.padStart(8)).join('')}`;
  const line = (id: string, c: Counts & { support?: number }): string => {
    const { p, r, f1 } = prf(c);
    const cells = [
      String(c.support ?? ''),
      String(c.tp),
      String(c.fp),
      String(c.fn),
      f3(p),
      f3(r),
      f3(f1),
    ];
    return `${id.padEnd(width)}${cells.map((x) => x.padStart(8)).join('')}`;
  };
  const m = micro(rows);
  const support = rows.reduce((a, r) => a + r.support, 0);
  return [
    head,
    ...rows.map((r) => line(r.id, r)),
    '-'.repeat(head.length),
    line('micro', { ...m, support }),
  ].join('\n');
}
