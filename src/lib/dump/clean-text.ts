import { URL_SOURCE, cleanUrl, isSafeHttpUrl, trimUrl } from './extract-links';
import { repairMarkup } from './markup';
import { texToText } from './tex-to-text';

/**
 * Turns a scraped title or abstract into plain text: TeX and HTML/markdown leftovers repaired,
 * control characters gone, whitespace collapsed. URLs are cut out before any repair and put back
 * in their clean form, so extractLinks/findUrls can find them verbatim in the result.
 * The output is text to be shown as text; nothing in it is meant to be interpreted.
 */
export interface CleanOptions {
  /** The paper's own name, to expand macros like `\method` (see extractName). */
  name?: string;
}

const RAW_URL_RE = new RegExp(URL_SOURCE, 'gi');
/** Control characters (C0 except whitespace, DEL, C1), zero-width marks and BOMs. */
function stripControls(s: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return s.replace(/[\u0000-\u001F\u007F-\u00A0\u200B\u2028\u2029\u2060\uFEFF]/g, (c) =>
    /[\t\n\v\f\r\u00A0\u2028\u2029]/.test(c) ? ' ' : '',
  );
}

/** `IntrinsicVoic,e an` -> `IntrinsicVoice, an`, only when the repaired word occurs elsewhere in the text. */
function transposedCommas(s: string): string {
  if (!/,[a-z]\s/.test(s)) return s;
  let budget = 20; // real text has one or two; a hostile text gets no quadratic work
  return s.replace(
    /\b([A-Za-z][A-Za-z0-9]{2,}),([a-z])(?=\s)/g,
    (m, head: string, tail: string) => {
      const word = head + tail;
      return budget-- > 0 && new RegExp(`\\b${word}\\b`).test(s) ? `${word},` : m;
    },
  );
}

const STARTERS =
  'We|This|The|Our|These|In|It|To|However|Moreover|Furthermore|Finally|Experiments|Experimental|Extensive|Code|Results|Additionally|Specifically|Unlike|Although|While|Compared|Using|Based|As|With|For|A|An|Here|Then|Thus|Therefore|Overall';
const MISSING_SPACE_RE = new RegExp(`\\b([a-z]{2,})\\.(${STARTERS})\\b`, 'g');

/** Prose repairs that need no TeX: a lost space after a full stop, and square roots lost by scraping. */
function proseFixes(input: string): string {
  let s = input;
  if (/[a-z]\.[A-Z]/.test(s)) s = s.replace(MISSING_SPACE_RE, '$1. $2');
  if (!s.includes('O(')) return s;
  return s.replace(/\bO\(([^()]{0,40}(?:\([^()]{0,40}\)[^()]{0,40})*)\)/g, (_m, inner: string) => {
    // `O(n n)` / `O(LL)` are `O(n√n)` / `O(L√L)` whose √ was dropped; `Llog(L)` needs a space.
    const fixed = inner
      .replace(/^([A-Za-z]) ?\1$/, '$1√$1')
      .replace(/\b([A-Za-z])log\b/g, '$1 log')
      .replace(/\blog([A-Z])\b/g, 'log $1');
    return `O(${fixed})`;
  });
}

/** Calls `onText` on the prose between URLs and `onUrl` on each URL (trailing punctuation stays prose). */
function mapAroundUrls(
  s: string,
  onText: (t: string) => string,
  onUrl: (u: string) => string,
): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(RAW_URL_RE)) {
    const url = trimUrl(m[0]);
    out += onText(s.slice(last, m.index)) + (isSafeHttpUrl(url) ? onUrl(url) : onText(url));
    last = m.index + url.length;
  }
  return out + onText(s.slice(last));
}

function cleanOnce(s: string, options: CleanOptions): string {
  let t = repairMarkup(stripControls(s));
  t = mapAroundUrls(t, (seg) => proseFixes(texToText(seg, options.name)), cleanUrl);
  // Only runs and non-space whitespace: replacing every single space is needlessly slow.
  return transposedCommas(t)
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

export function cleanText(s: string, options: CleanOptions = {}): string {
  // A repair can expose another (`l{_1` -> `l_1`), so run to a fixed point: a cleaned text
  // stays the same if cleaned again. Almost always one pass plus one that changes nothing.
  const input = s.normalize('NFC');
  let out = cleanOnce(input, options);
  for (let i = 0; i < 3 && out !== input; i++) {
    const again = cleanOnce(out, options);
    if (again === out) break;
    out = again;
  }
  return out;
}
