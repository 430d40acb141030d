/**
 * An evenly spread sample of positions 0..n-1 (every n/size-th, all of them when n ≤ size), so
 * every part of a dump is in it: what large listings are clustered, laid out and mined on.
 */
export function evenSample(n: number, size: number): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: size }, (_, i) => Math.floor((i * n) / size));
}
