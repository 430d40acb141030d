/**
 * A uniform grid over the unit square, bucketing papers by position: the point under the pointer
 * and the papers inside a dragged rectangle are found by looking at a few cells, not all 100,000
 * points. Built once per map in one pass (counting sort), so memory is two arrays.
 */
import type { Positions } from './map-file';

export class PointGrid {
  readonly cells: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  constructor(private readonly xy: Positions) {
    const n = xy.length >> 1;
    // About four points a cell on average.
    this.cells = Math.max(1, Math.min(1024, Math.round(Math.sqrt(n / 4))));
    const count = new Int32Array(this.cells * this.cells + 1);
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      cellOf[i] = this.cellIndex(xy[2 * i]!, xy[2 * i + 1]!);
      count[cellOf[i]! + 1]!++;
    }
    for (let c = 0; c < this.cells * this.cells; c++) count[c + 1]! += count[c]!;
    this.start = count.slice();
    const fill = count;
    this.items = new Int32Array(n);
    for (let i = 0; i < n; i++) this.items[fill[cellOf[i]!]!++] = i;
  }

  private cell(v: number): number {
    return Math.min(this.cells - 1, Math.max(0, Math.floor(v * this.cells)));
  }

  private cellIndex(x: number, y: number): number {
    return this.cell(y) * this.cells + this.cell(x);
  }

  /** Every paper with x0 ≤ x ≤ x1 and y0 ≤ y ≤ y1 (map units), in no particular order. */
  within(x0: number, y0: number, x1: number, y1: number, keep?: (i: number) => boolean): number[] {
    const out: number[] = [];
    const [ax, bx] = [Math.min(x0, x1), Math.max(x0, x1)];
    const [ay, by] = [Math.min(y0, y1), Math.max(y0, y1)];
    for (let cy = this.cell(ay); cy <= this.cell(by); cy++) {
      for (let cx = this.cell(ax); cx <= this.cell(bx); cx++) {
        const c = cy * this.cells + cx;
        for (let k = this.start[c]!; k < this.start[c + 1]!; k++) {
          const i = this.items[k]!;
          const x = this.xy[2 * i]!;
          const y = this.xy[2 * i + 1]!;
          if (x >= ax && x <= bx && y >= ay && y <= by && (!keep || keep(i))) out.push(i);
        }
      }
    }
    return out;
  }

  /**
   * The paper nearest to (x, y) within `radius` map units, or -1; `prefer` papers win over the
   * others within the radius (the faded ones lie under the coloured ones).
   */
  nearest(x: number, y: number, radius: number, prefer?: (i: number) => boolean): number {
    let best = -1;
    let bestD = Infinity;
    let bestPreferred = false;
    for (const i of this.within(x - radius, y - radius, x + radius, y + radius)) {
      const d = (this.xy[2 * i]! - x) ** 2 + (this.xy[2 * i + 1]! - y) ** 2;
      if (d > radius * radius) continue;
      const p = prefer ? prefer(i) : true;
      if (
        (p && !bestPreferred) ||
        (p === bestPreferred && (d < bestD || (d === bestD && i < best)))
      ) {
        best = i;
        bestD = d;
        bestPreferred = p;
      }
    }
    return best;
  }
}
