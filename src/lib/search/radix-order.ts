/**
 * Stable sort of many items by a numeric key, largest first, in four 16-bit counting passes over
 * the key's IEEE-754 bits: the whole result order of 80,000 matches in a few milliseconds, where
 * Array.sort with a comparator takes tens. Stability makes compound orders cheap: sort by the
 * tie-breaker first, then by the main key.
 */

const BUCKETS = 1 << 16;

/**
 * `items` reordered by keyOf(item), largest first; NaN keys last; equal keys keep their order.
 * -0 counts as 0.
 */
export function orderByKeyDesc(items: Uint32Array, keyOf: (item: number) => number): Uint32Array {
  const n = items.length;
  const floats = new Float64Array(n);
  const words = new Uint32Array(floats.buffer);
  const nan = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const k = keyOf(items[i]!) + 0;
    if (Number.isNaN(k)) nan[i] = 1;
    else floats[i] = k;
  }
  // An unsigned key whose order is the numeric order, then complemented: ascending = largest first.
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let i = 0; i < n; i += 1) {
    if (nan[i]) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    let h = words[2 * i + (little ? 1 : 0)]!;
    let l = words[2 * i + (little ? 0 : 1)]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array(BUCKETS);
  const passes: [Uint32Array, number][] = [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ];
  for (const [word, shift] of passes) {
    count.fill(0);
    for (let i = 0; i < n; i += 1) count[(word[order[i]!]! >>> shift) & 0xffff]! += 1;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b += 1) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i += 1) {
      const item = order[i]!;
      next[count[(word[item]! >>> shift) & 0xffff]!++] = item;
    }
    [order, next] = [next, order];
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = items[order[i]!]!;
  return out;
}
