/**
 * The `papers` parameter of `/`: a set of papers by id (dump position, 0-based), as the map selects
 * them, compact enough for a URL at 100k papers. The value is a letter and base64url bytes:
 * - `d…`: the sorted ids as gaps (first id + 1, then differences), each an unsigned
 *   LEB128 varint: about a byte a paper when the papers are close in the dump;
 * - `b…`: a bit set (bit i of byte i >> 3 = id i), trailing zero bytes left out: n / 8
 *   bytes whatever the selection, shorter when a region holds many papers.
 * The encoder writes the shorter. Ids refer to one build of a collection, like the map.
 * Decoding never throws: a value that is not one gives null.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));
/** More papers than any listing the explorer is built for; longer values are refused. */
export const MAX_ID = 10_000_000;
const MAX_CHARS = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += B64[c & 63]!;
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of text) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >> bits) & 255;
    }
  }
  return bytes.subarray(0, at);
}

function gapBytes(sorted: readonly number[]): Uint8Array {
  const out: number[] = [];
  let last = -1;
  for (const p of sorted) {
    let gap = p - last;
    last = p;
    while (gap >= 128) {
      out.push((gap & 127) | 128);
      gap = Math.floor(gap / 128);
    }
    out.push(gap);
  }
  return Uint8Array.from(out);
}

function bitBytes(sorted: readonly number[]): Uint8Array {
  const max = sorted[sorted.length - 1] ?? -1;
  const out = new Uint8Array((max >> 3) + 1);
  for (const p of sorted) out[p >> 3]! |= 1 << (p & 7);
  return out;
}

/** Sorted, unique, whole ids in [0, MAX_ID). */
function canonical(ids: Iterable<number>): number[] {
  const keep = [...new Set(ids)].filter((p) => Number.isSafeInteger(p) && p >= 0 && p < MAX_ID);
  return keep.sort((a, b) => a - b);
}

/** The parameter value for a set of ids ('' for none). */
export function encodePaperSet(ids: Iterable<number>): string {
  const sorted = canonical(ids);
  if (!sorted.length) return '';
  const gaps = gapBytes(sorted);
  const bits = bitBytes(sorted);
  return gaps.length <= bits.length ? `d${toBase64Url(gaps)}` : `b${toBase64Url(bits)}`;
}

/** Sorted unique ids, or null when the value is not a paper set. */
export function decodePaperSet(value: string): number[] | null {
  if (typeof value !== 'string' || value.length < 2 || value.length > MAX_CHARS) return null;
  const bytes = fromBase64Url(value.slice(1));
  if (!bytes || !bytes.length) return null;
  const out: number[] = [];
  if (value[0] === 'b') {
    if (bytes.length * 8 > MAX_ID) return null;
    bytes.forEach((byte, i) => {
      for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) out.push(i * 8 + bit);
    });
    return out.length ? out : null;
  }
  if (value[0] !== 'd') return null;
  let last = -1;
  let gap = 0;
  let shift = 1;
  for (const byte of bytes) {
    gap += (byte & 127) * shift;
    if (byte & 128) {
      shift *= 128;
      if (shift > 2 ** 28) return null;
      continue;
    }
    if (gap < 1) return null;
    last += gap;
    if (last >= MAX_ID) return null;
    out.push(last);
    gap = 0;
    shift = 1;
  }
  return shift === 1 && out.length ? out : null;
}
