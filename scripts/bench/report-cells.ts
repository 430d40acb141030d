/** Cell helpers of the BENCHMARKS.md table. */
import type { Phase } from './phase';
import type { SizeResult } from './results-types';

type Tier = 'small' | 'medium' | 'large';
function tier(size: number): Tier {
  return size < 1000 ? 'small' : size < 50_000 ? 'medium' : 'large';
}

export interface Row {
  section: string;
  label: string;
  target?: string;
  cell: (r: SizeResult) => string;
}

export function cell<T>(p: Phase<T>, f: (v: T) => string): string {
  if (!p.ok) return `failed: ${p.error}`.replace(/\|/g, '/').slice(0, 90);
  try {
    return f(p.value);
  } catch {
    return 'n/a';
  }
}

/** Appends ✅ / ❌ when the size has a limit for this metric. */
export function check(
  text: string,
  value: number,
  limits: Partial<Record<Tier, number>>,
  size: number,
): string {
  const limit = limits[tier(size)];
  if (limit === undefined || !Number.isFinite(value)) return text;
  return `${text} ${value <= limit ? '✅' : '❌'}`;
}

export const pair = (a: number, b: number, f: (x: number) => string) => `${f(a)} / ${f(b)}`;
export const ratio = (ours: number, peer: number) =>
  Number.isFinite(ours) && Number.isFinite(peer) && peer > 0
    ? `${(ours / peer).toFixed(2)}×`
    : 'n/a';
