/** Seeded PRNG helpers: the synthetic dumps must be byte-identical for the same N and seed. */

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty pool');
  return item;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}
