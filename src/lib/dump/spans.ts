/**
 * Replaces each `open ... close` span, pairing an opener with the first closer after it, when the
 * two are at most `maxLen` apart. Unlike a lazy regex (`\\\((.{0,500}?)\\\)`), which rescans up to
 * `maxLen` characters for every opener, this stays linear on hostile input such as 500,000 `\(`:
 * the next closer is searched once and reused until an opener passes it.
 * `open` and `close` must be global regexes that never match the empty string.
 */
export function replaceSpans(
  s: string,
  open: RegExp,
  close: RegExp,
  maxLen: number,
  replace: (inner: string, opener: RegExpExecArray) => string,
): string {
  let out = '';
  let last = 0;
  let closer: RegExpExecArray | null | undefined; // undefined: not searched since the last span
  open.lastIndex = 0;
  for (let o = open.exec(s); o; o = open.exec(s)) {
    const innerStart = o.index + o[0].length;
    if (closer === undefined || (closer !== null && closer.index < innerStart)) {
      close.lastIndex = innerStart;
      closer = close.exec(s);
    }
    if (closer === null) break; // no closer after this opener, so none after later ones either
    if (closer.index - innerStart > maxLen) continue;
    out += s.slice(last, o.index) + replace(s.slice(innerStart, closer.index), o);
    last = closer.index + closer[0].length;
    open.lastIndex = last;
    closer = undefined;
  }
  return out + s.slice(last);
}
