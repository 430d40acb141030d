/** Compact human form of a count: 1200 -> "1.2K", 2_000_000 -> "2M", 7.93 -> "7.93". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${trim(n / size)}${suffix}`;
  }
  return trim(n);
}

function trim(n: number): string {
  return String(Number(n.toFixed(n >= 100 ? 0 : 2)));
}
