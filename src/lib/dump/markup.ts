import { URL_SOURCE, isSafeHttpUrl } from './extract-links';
import { replaceSpans } from './spans';

/**
 * HTML, markdown and TeX link markup -> plain text, before any other cleaning: a link keeps its
 * text and, when it is http(s), its URL in parentheses; anything else that could run is dropped.
 */

const RAW_URL_RE = new RegExp(URL_SOURCE, 'gi');
/** A URL whose `_ % & # ~` were TeX-escaped (`https://x/a\_b`). */
const ESCAPED_URL_RE = /\bhttps?:\/\/(?:[^\s"'<>{}[\]\\^`|]|\\[_%&#~]){1,2000}/gi;
/** Link text that says nothing beyond the URL itself (`https://x{here}`). */
const GENERIC_LABEL = /^(?:(?:click )?here|link|this link|url|this url)$/i;
// A Map, not an object: `&valueOf;` must not find Object.prototype.valueOf.
const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);
// Inline tags vanish ("<b>X</b>." -> "X."); the others separate words.
const INLINE_TAGS =
  'a|b|i|u|s|em|strong|sub|sup|span|code|small|big|font|abbr|cite|del|ins|mark|strike|tt|label|math|mi|mo|mn|msup|msub|mrow';
const BLOCK_TAGS =
  'div|p|br|hr|pre|img|iframe|object|embed|svg|li|ul|ol|h[1-6]|table|tr|td|th|tbody|thead|input|button|form|link|meta|base|body|html|head|title|center|blockquote|section|article|nav|header|footer|video|audio|source|style|script|noscript|textarea|select|option';
const tagRe = (names: string): RegExp =>
  new RegExp(`</?(?:${names})\\b(?:[^<>"']|"[^"]*"|'[^']*'){0,2000}>`, 'gi');
const INLINE_TAG_RE = tagRe(INLINE_TAGS);
const BLOCK_TAG_RE = tagRe(BLOCK_TAGS);

/** `<a href="u">t</a>` -> `t (u)`; script/style bodies dropped; other tags dropped; entities decoded. */
function stripHtml(input: string): string {
  if (!input.includes('<') && !input.includes('&')) return input;
  const s = /<(script|style)/i.test(input)
    ? replaceSpans(
        input,
        /<(?:script|style)\b[^<>]{0,2000}>/gi,
        /<\/(?:script|style)\s*>/gi,
        100_000,
        () => ' ',
      )
    : input;
  return s
    .replace(
      /<a\s[^<>]{0,2000}?href\s*=\s*["']?([^"'\s>]+)["']?[^<>]{0,2000}>([^<]{0,500})<\/a\s*>/gi,
      (_m, href: string, text: string) => labelled(text.trim(), href),
    )
    .replace(INLINE_TAG_RE, '')
    .replace(BLOCK_TAG_RE, ' ')
    .replace(/&(#?\w{1,8});/g, (m, code: string) => {
      const named = ENTITIES.get(code);
      if (named !== undefined) return named;
      const n = /^#(\d{1,6})$/.exec(code)?.[1] ?? /^#x([0-9a-f]{1,6})$/i.exec(code)?.[1];
      if (n === undefined) return m;
      const cp = code.startsWith('#x') || code.startsWith('#X') ? parseInt(n, 16) : parseInt(n, 10);
      return cp > 31 && cp <= 0x10ffff && cp !== 127 ? String.fromCodePoint(cp) : ' ';
    });
}

/** Link text and target as plain text: the label when it adds something, the URL when it is safe. */
function labelled(label: string, target: string): string {
  const url = isSafeHttpUrl(target) ? target : '';
  if (!label || label === target || GENERIC_LABEL.test(label)) return url || label;
  return url ? `${label} (${url})` : label;
}

/**
 * Link markup from TeX, markdown and scrapers: `\url{u}`, `\href{u}{t}`, `u{t}` (a scraped \href,
 * e.g. `https://x/{https://x/}` or `https://x{here}`), `[t](u)` and a bracketed bare `[u]`.
 */
function repairLinkMarkup(s: string): string {
  if (!s.includes('://') && !s.includes('\\url') && !s.includes('](')) return s;
  return s
    .replace(ESCAPED_URL_RE, (u) => u.replace(/\\([_%&#~])/g, '$1'))
    .replace(/\\url\s*\{([^{}]{0,2000})\}/g, '$1')
    .replace(/\\href\s*\{([^{}]{0,2000})\}\s*\{([^{}]{0,500})\}/g, (_m, u: string, t: string) =>
      labelled(t.trim(), u.trim()),
    )
    .replace(
      /\[([^[\]]{0,500})\]\(\s*((?:[^()\s]|\([^()\s]{0,200}\)){1,2000})\s*\)/g,
      (_m, t: string, u: string) => labelled(t.trim(), u),
    )
    .replace(/\[\s*(https?:\/\/[^\s[\]]{1,2000}?)\s*\]/gi, '$1');
}

/**
 * A scraped `\href{u}{t}` reads `u{t}`: `https://x/{https://x/}` keeps the target once,
 * `https://x{here}` drops a generic label. Walks URL runs once (linear, unlike a lookahead regex).
 */
function scrapedHrefs(s: string): string {
  if (!s.includes('{')) return s;
  let out = '';
  let last = 0;
  let close = -1; // next '}' (cached, so many unclosed `{` stay linear)
  for (const m of s.matchAll(RAW_URL_RE)) {
    const end = m.index + m[0].length;
    if (s.charAt(end) !== '{') continue;
    if (close < end) close = s.indexOf('}', end);
    if (close < 0) break;
    if (close - end > 500 || s.slice(end + 1, close).includes('{')) continue;
    const label = s.slice(end + 1, close).trim();
    // Duplicated target: keep the href target once.
    out += s.slice(last, m.index) + (/^https?:\/\//i.test(label) ? m[0] : labelled(label, m[0]));
    last = close + 1;
  }
  return out + s.slice(last);
}

/** All of the above, in the order they can hide one another. */
export function repairMarkup(s: string): string {
  return scrapedHrefs(repairLinkMarkup(stripHtml(s)));
}
