/** Seeded PRNG helpers: the synthetic dumps must be byte-identical for the same N and seed. */

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for sampling phrases. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty pool');
  return item;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}
