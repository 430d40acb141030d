/**
 * Numbers as people write them. A size is rounded to what a reader takes in at a glance: two
 * significant figures under ten of a unit ("2.3M", "1.5K"), whole units above ("50K", not
 * "50.11K" for 50,112; "131K" for 131,072). A factor is never abbreviated: "4,000× faster" (a "4K×"
 * reads as a resolution), with two decimals under 10 ("7.93×"), one under 100 ("14.8×").
 */

/** Compact form of a count or size: 1200 -> "1.2K", 50_112 -> "50K", 2_000_000 -> "2M", 7.93 -> "7.93". */
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
    if (abs >= size) {
      const scaled = n / size;
      // 999.6K rounds to 1000K: say 1M instead.
      const rounded = Math.abs(scaled) < 9.95 ? round(scaled, 1) : Math.round(scaled);
      if (Math.abs(rounded) >= 1000 && size < 1e12) return formatCount(Math.sign(n) * size * 1000);
      return `${rounded}${suffix}`;
    }
  }
  return String(round(n, n >= 100 ? 0 : 2));
}

/** A factor (speedup, "×"): 4000 -> "4,000", 7.934 -> "7.93", 14.83 -> "14.8", 250.4 -> "250". */
export function formatFactor(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return round(n, digits).toLocaleString('en-US', { maximumFractionDigits: digits });
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}
