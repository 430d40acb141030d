/**
 * Context sizes in URLs: "128k", "1M", "131072", "128,000". K = 1,000 and M = 1e6, the same
 * convention as the claim extractor (claims/scale-units.ts), so "minContext=128k" keeps every
 * paper claiming "128K" whichever way its authors counted.
 */

const MULTIPLIER: Record<string, number> = { '': 1, k: 1e3, m: 1e6, b: 1e9 };
export const MAX_CONTEXT = 1e12;
const FORM = /^\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)\s*([kmb]?)\s*(?:tokens?)?\s*$/i;

/** Positive whole number of tokens, or undefined when the text is not a size. Huge values clamp. */
export function parseContextSize(text: string): number | undefined {
  if (text.length > 40) return undefined;
  const m = FORM.exec(text);
  if (!m) return undefined;
  const value =
    Number((m[1] ?? '').replace(/,/g, '')) * (MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? NaN);
  if (!Number.isFinite(value)) return undefined;
  const n = Math.round(value);
  if (n < 1) return undefined;
  return Math.min(n, MAX_CONTEXT);
}

/** Shortest exact form: 131072 -> "131072", 128000 -> "128k", 2000000 -> "2M". */
export function formatContextSize(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return String(n);
}
