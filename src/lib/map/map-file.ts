/**
 * map.bin: all the map needs to draw its first frame without the rest of the corpus — every
 * paper's position and area, and each area's name, colour and label point — fetched only when a
 * map is drawn. Positions are quantised to 16 bits per axis in [0, 1] (a map 65,536 points wide is
 * finer than any screen). Binary, not JSON: no parse of 100,000 rows before the first frame.
 *
 * Layout, little-endian: "PEM2", uint32 count, uint32 table bytes, uint8 area width (1 or 2
 * bytes), 3 bytes padding; count × (uint16 x, uint16 y) in dump order; count × area (uint8 or
 * uint16, the area's place in the table); the table of areas as UTF-8 JSON (largest first):
 * [name, group, id, x, y, colour] per area, group and id null for papers with no area.
 * 5 bytes a paper: 0.6 KB at 119 papers, 500 KB at 100k.
 */
import type { Area, AreaKey, MapAreas } from './areas';
import { FACET_GROUPS } from '../types';
import type { FacetGroup } from '../types';

const MAGIC = [0x50, 0x45, 0x4d, 0x32]; // "PEM2"
const HEADER = 16;
const SCALE = 65535;

/** Positions in [0, 1]: x of paper i at 2i, y at 2i + 1 (y grows downwards, as on screen). */
export type Positions = Float32Array;

/** The map as read from map.bin. */
export interface MapFile {
  xy: Positions;
  areas: MapAreas;
}

type Row = [string, FacetGroup | null, string | null, number, number, number];

export function encodeMap(positions: ArrayLike<number>, areas: MapAreas): Uint8Array {
  const count = Math.floor(positions.length / 2);
  const table = new TextEncoder().encode(
    JSON.stringify(
      areas.areas.map((a): Row => [
        a.name,
        a.key?.group ?? null,
        a.key?.id ?? null,
        a.x,
        a.y,
        a.colour,
      ]),
    ),
  );
  const width = areas.areas.length > 255 ? 2 : 1;
  const at = HEADER + count * 4;
  const bytes = new Uint8Array(at + count * width + table.length);
  const view = new DataView(bytes.buffer);
  MAGIC.forEach((b, i) => view.setUint8(i, b));
  view.setUint32(4, count, true);
  view.setUint32(8, table.length, true);
  view.setUint8(12, width);
  for (let i = 0; i < count * 2; i++) {
    const v = positions[i] ?? 0.5;
    const q = Number.isFinite(v) ? Math.round(Math.min(1, Math.max(0, v)) * SCALE) : SCALE >> 1;
    view.setUint16(HEADER + i * 2, q, true);
  }
  for (let i = 0; i < count; i++) {
    const a = areas.areaOf[i] ?? 0;
    if (width === 1) view.setUint8(at + i, a);
    else view.setUint16(at + i * 2, a, true);
  }
  bytes.set(table, at + count * width);
  return bytes;
}

export class MapFileError extends Error {}

const isRow = (r: unknown): r is Row =>
  Array.isArray(r) &&
  r.length === 6 &&
  typeof r[0] === 'string' &&
  ((r[1] === null && r[2] === null) ||
    (FACET_GROUPS.includes(r[1] as FacetGroup) && typeof r[2] === 'string')) &&
  [r[3], r[4], r[5]].every((n) => typeof n === 'number' && Number.isFinite(n));

/** Reads map.bin; throws MapFileError when it is not one, or not for `expected` papers. */
export function decodeMap(buffer: ArrayBuffer, expected?: number): MapFile {
  const view = new DataView(buffer);
  if (buffer.byteLength < HEADER || MAGIC.some((b, i) => view.getUint8(i) !== b))
    throw new MapFileError('The map file is not a paper map.');
  const count = view.getUint32(4, true);
  const tableBytes = view.getUint32(8, true);
  const width = view.getUint8(12);
  const at = HEADER + count * 4;
  if ((width !== 1 && width !== 2) || buffer.byteLength !== at + count * width + tableBytes)
    throw new MapFileError('The map file is incomplete.');
  if (expected !== undefined && count !== expected)
    throw new MapFileError('The map file belongs to another build of the collection.');
  let rows: unknown;
  try {
    rows = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at + count * width)));
  } catch {
    rows = null;
  }
  if (!Array.isArray(rows) || !rows.every(isRow))
    throw new MapFileError('The map file is incomplete.');
  const xy = new Float32Array(count * 2);
  const q = new Uint16Array(buffer.slice(HEADER, at));
  for (let i = 0; i < count * 2; i++) xy[i] = q[i]! / SCALE;
  const raw =
    width === 1
      ? new Uint8Array(buffer, at, count)
      : new Uint16Array(buffer.slice(at, at + 2 * count));
  const areaOf = Int32Array.from(raw);
  const sizes = new Int32Array(rows.length);
  for (const a of areaOf) {
    if (a >= rows.length) throw new MapFileError('The map file is incomplete.');
    sizes[a]!++;
  }
  const areas = rows.map(([name, group, id, x, y, colour], index): Area => {
    const key: AreaKey | null = group && id !== null ? { group, id } : null;
    return { index, key, name, papers: new Array<number>(sizes[index]!), x, y, colour };
  });
  const filled = new Int32Array(rows.length);
  for (let i = 0; i < count; i++) {
    const a = areaOf[i]!;
    areas[a]!.papers[filled[a]!++] = i;
  }
  return { xy, areas: { areas, areaOf } };
}
