/**
 * map.bin: every paper's 2-D position on the map, fetched only when a map is drawn. Positions
 * are quantised to 16 bits per axis in [0, 1] (a map 65,536 points wide is finer than any
 * screen), 4 bytes a paper: 0.5 KB at 119 papers, 400 KB at 100k. Binary, not JSON: half the
 * size and no parse. Layout: "PEM1" magic, uint32 count, then count × (uint16 x, uint16 y), all
 * little-endian, in dump order.
 */

export const MAP_FILE = 'map.bin';
const MAGIC = [0x50, 0x45, 0x4d, 0x31]; // "PEM1"
const HEADER = 8;
const SCALE = 65535;

/** Positions in [0, 1]: x of paper i at 2i, y at 2i + 1 (y grows downwards, as on screen). */
export type Positions = Float32Array;

export function encodeMap(positions: ArrayLike<number>): Uint8Array {
  const count = Math.floor(positions.length / 2);
  const bytes = new Uint8Array(HEADER + count * 4);
  const view = new DataView(bytes.buffer);
  MAGIC.forEach((b, i) => view.setUint8(i, b));
  view.setUint32(4, count, true);
  for (let i = 0; i < count * 2; i++) {
    const v = positions[i] ?? 0.5;
    const q = Number.isFinite(v) ? Math.round(Math.min(1, Math.max(0, v)) * SCALE) : SCALE >> 1;
    view.setUint16(HEADER + i * 2, q, true);
  }
  return bytes;
}

export class MapFileError extends Error {}

/** Reads map.bin; throws MapFileError when it is not one, or not for `expected` papers. */
export function decodeMap(buffer: ArrayBuffer, expected?: number): Positions {
  const view = new DataView(buffer);
  if (buffer.byteLength < HEADER || MAGIC.some((b, i) => view.getUint8(i) !== b))
    throw new MapFileError('The map file is not a paper map.');
  const count = view.getUint32(4, true);
  if (buffer.byteLength !== HEADER + count * 4)
    throw new MapFileError('The map file is incomplete.');
  if (expected !== undefined && count !== expected)
    throw new MapFileError('The map file belongs to another build of the collection.');
  const out = new Float32Array(count * 2);
  for (let i = 0; i < count * 2; i++) out[i] = view.getUint16(HEADER + i * 2, true) / SCALE;
  return out;
}
