/**
 * The map's areas: papers grouped by one tag, each area with a name, a colour, its papers and
 * where its name goes. `mainArea` is the one place that says which tag names a paper's area.
 */
import type { PaperMeta } from '../corpus-format';
import type { FacetGroup } from '../types';
import { labelOf } from '../taxonomy';
import type { Positions } from './map-file';

export interface AreaKey {
  group: FacetGroup;
  id: string;
}

/** What names the areas: discovered topics, or the technique tags of corpora built without them. */
export type AreaSource = 'topic' | 'technique';

export function areaSource(papers: readonly Pick<PaperMeta, 'tags'>[]): AreaSource {
  return papers.some((p) => p.tags.topic?.length) ? 'topic' : 'technique';
}

/** A paper's area: its main topic (listed first), or its first technique tag; or none. */
export function mainArea(p: Pick<PaperMeta, 'tags'>, source: AreaSource = 'topic'): AreaKey | null {
  const first = source === 'topic' ? p.tags.topic?.[0] : p.tags.technique[0];
  return first ? { group: source, id: first.id } : null;
}

/** Each paper's area as a number (first seen, first numbered), -1 for none: the layout's hint. */
export function areaNumbers(papers: readonly Pick<PaperMeta, 'tags'>[]): Int32Array {
  const source = areaSource(papers);
  const numbers = new Map<string, number>();
  return Int32Array.from(papers, (p) => {
    const key = mainArea(p, source);
    if (!key) return -1;
    let n = numbers.get(key.id);
    if (n === undefined) numbers.set(key.id, (n = numbers.size));
    return n;
  });
}

export interface Area {
  /** Position in `areas` (largest first); papers refer to it. */
  index: number;
  key: AreaKey | null;
  name: string;
  /** Papers (dump positions) whose area this is, in dump order. */
  papers: number[];
  /** Where the name goes (labelPoint). */
  x: number;
  y: number;
  /** Palette slot (areas.ts COLOURS), or -1 for the grey of papers with no area. */
  colour: number;
}

export interface MapAreas {
  areas: Area[];
  /** Area index of each paper. */
  areaOf: Int32Array;
}

/** Name of the area of papers that have none. */
export const NO_AREA = 'Other papers';

/**
 * Twelve hues for areas, as [light-theme, dark-theme] sRGB: distinct enough side by side, each
 * at least 3:1 against its theme's background (non-text contrast), so a point stays visible.
 */
const COLOURS: readonly [string, string][] = [
  ['#1f6fb4', '#5aa9e6'],
  ['#c2541b', '#f39a5b'],
  ['#2b8a3e', '#69c97a'],
  ['#b02a37', '#f0727d'],
  ['#6f42c1', '#b49af0'],
  ['#8a5a00', '#e0b050'],
  ['#0f7b83', '#4fc8cf'],
  ['#b5308a', '#ec86c7'],
  ['#4d6b00', '#a8cf45'],
  ['#3d4fb8', '#8f9ef5'],
  ['#93461f', '#d99a78'],
  ['#00796b', '#5ed1bd'],
];
const GREY: readonly [string, string] = ['#767676', '#8f8f8f'];
/** Hues of COLOURS a reader can take for one another: orange and rust, the two teals. */
const ALIKE: readonly (readonly [number, number])[] = [
  [1, 10],
  [6, 11],
];
const alike = (a: number, b: number) =>
  ALIKE.some(([x, y]) => (a === x && b === y) || (a === y && b === x));

/**
 * Colours for areas at these points, largest area first. A colour no area has yet comes first,
 * the one whose look-alike (if any) is farthest away; once all are taken, the one whose areas are
 * farthest, a look-alike counting as half as far. So twelve areas get twelve colours, and a
 * thirteenth reuses one across the map, not the one beside it.
 */
export function areaColours(points: readonly (readonly [number, number])[]): number[] {
  const colours: number[] = [];
  points.forEach(([x, y], i) => {
    let best = 0;
    let bestKey: [number, number] = [-1, -1];
    for (let c = 0; c < COLOURS.length; c++) {
      let [same, like] = [Infinity, Infinity];
      for (let j = 0; j < i; j++) {
        const d = Math.hypot(points[j]![0] - x, points[j]![1] - y);
        if (colours[j] === c) same = Math.min(same, d);
        else if (alike(colours[j]!, c)) like = Math.min(like, d);
      }
      const key: [number, number] = same === Infinity ? [1, like] : [0, Math.min(same, 2 * like)];
      if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1]))
        [best, bestKey] = [c, key];
    }
    colours.push(best);
  });
  return colours;
}

const CELLS = 12;

/**
 * Where an area's name goes: the mean of its papers in the densest 3×3 block of a 12×12 grid,
 * so an area split in two is named over its larger part, not in the empty space between.
 */
function labelPoint(members: readonly number[], xy: Positions): [number, number] {
  if (!members.length) return [0.5, 0.5];
  const cell = (v: number) => Math.min(CELLS - 1, Math.max(0, Math.floor(v * CELLS)));
  const count = new Int32Array(CELLS * CELLS);
  for (const i of members) count[cell(xy[2 * i + 1]!) * CELLS + cell(xy[2 * i]!)]!++;
  let best = 0;
  let bestSum = -1;
  for (let c = 0; c < CELLS * CELLS; c++) {
    const [cx, cy] = [c % CELLS, Math.floor(c / CELLS)];
    let sum = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const [x, y] = [cx + dx, cy + dy];
        if (x >= 0 && y >= 0 && x < CELLS && y < CELLS) sum += count[y * CELLS + x]!;
      }
    if (sum > bestSum) [best, bestSum] = [c, sum];
  }
  const [bx, by] = [best % CELLS, Math.floor(best / CELLS)];
  let [sx, sy, n] = [0, 0, 0];
  for (const i of members) {
    const [x, y] = [xy[2 * i]!, xy[2 * i + 1]!];
    if (Math.abs(cell(x) - bx) <= 1 && Math.abs(cell(y) - by) <= 1)
      [sx, sy, n] = [sx + x, sy + y, n + 1];
  }
  return [sx / n, sy / n];
}

/**
 * Groups papers by mainArea; areas largest first (ties by name), papers with none last. `nameOf`
 * names an area (the taxonomy's label by default; the build passes its own topics' names).
 */
export function mapAreas(
  papers: readonly Pick<PaperMeta, 'tags'>[],
  xy: Positions,
  nameOf: (key: AreaKey) => string = (k) => labelOf(k.group, k.id),
): MapAreas {
  const byKey = new Map<string, { key: AreaKey | null; papers: number[] }>();
  const source = areaSource(papers);
  papers.forEach((p, i) => {
    const key = mainArea(p, source);
    const k = key ? `${key.group}:${key.id}` : '';
    let entry = byKey.get(k);
    if (!entry) byKey.set(k, (entry = { key, papers: [] }));
    entry.papers.push(i);
  });
  const named = [...byKey.values()].map((e) => ({
    ...e,
    name: e.key ? nameOf(e.key) : NO_AREA,
  }));
  named.sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) ||
      b.papers.length - a.papers.length ||
      a.name.localeCompare(b.name),
  );
  const areaOf = new Int32Array(papers.length);
  const points = named.map((e) => labelPoint(e.papers, xy));
  // "Other papers" (no key) comes last and stays grey.
  const colours = areaColours(points.filter((_, i) => named[i]!.key));
  const areas = named.map((e, index): Area => {
    for (const i of e.papers) areaOf[i] = index;
    const [x, y] = points[index]!;
    return {
      index,
      key: e.key,
      name: e.name,
      papers: e.papers,
      x,
      y,
      colour: e.key ? colours[index]! : -1,
    };
  });
  return { areas, areaOf };
}

/** The colour of an area in a theme. */
export function areaColour(area: Pick<Area, 'colour'>, dark: boolean): string {
  const pair = area.colour < 0 ? GREY : COLOURS[area.colour % COLOURS.length]!;
  return dark ? pair[1] : pair[0];
}
