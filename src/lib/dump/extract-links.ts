import type { LinkKind, PaperLink } from '../types';

/**
 * URLs in clean text. Only http(s) counts: `javascript:`, `data:` etc. are never links.
 * Characters that cannot be part of a clean URL in prose (quotes, angle brackets, braces,
 * square brackets, backslash, typographic quotes) end it, so markup or an attribute-breaking quote can never ride
 * along inside an href.
 */
export const URL_SOURCE =
  '\\bhttps?:\\/\\/[^\\s"\'<>{}[\\]\\\\^`|\\u201C\\u201D\\u2018\\u2019\\u00AB\\u00BB\\u2026]+';
const URL_RE = new RegExp(URL_SOURCE, 'gi');
const TRAILING_PUNCT = /[.,;:!?*]+$/;

export interface UrlMatch {
  /** Offsets into the text; `text.slice(start, end) === url`. */
  start: number;
  end: number;
  url: string;
}

/** Drops trailing sentence punctuation and a `)` that closes a parenthesis opened before the URL. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCT, '');
    if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    if (url === before) return url;
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** A URL we are willing to render as a link: parses, http(s), a dotted host, no credentials. */
export function isSafeHttpUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname.includes('.') &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Every safe http(s) URL in `text`, in order, with its offsets (for rendering text + <a>). */
export function findUrls(text: string): UrlMatch[] {
  const found: UrlMatch[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    if (isSafeHttpUrl(url)) found.push({ start: m.index, end: m.index + url.length, url });
  }
  return found;
}

const CODE_HOSTS =
  /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sourceforge\.net|4open\.science)$/;
const PROJECT_HOSTS =
  /\.(github\.io|gitlab\.io|pages\.dev|netlify\.app|vercel\.app)$|^sites\.google\.com$/;

/** The host says it all for the well-known code/model/page hosts; otherwise the words before it. */
function kindOf(url: string, before: string): LinkKind {
  const { hostname, pathname } = new URL(url);
  const host = hostname.toLowerCase();
  if (PROJECT_HOSTS.test(host)) return 'project';
  if (CODE_HOSTS.test(host)) return 'code';
  if (host === 'huggingface.co' || host === 'hf.co') {
    if (pathname.startsWith('/spaces/')) return 'project';
    if (pathname.startsWith('/datasets/') || pathname.startsWith('/papers/')) return 'other';
    return 'model';
  }
  const lead = before.toLowerCase();
  if (/\b(code|codes|source|implementation|repo|repository)\b/.test(lead)) return 'code';
  // "models" alone is too common in abstracts ("compatible with HF models"); ask for release words.
  if (
    /\b(weights|checkpoints?|model (?:release|card)|models? (?:is |are )?(?:publicly )?(?:available|released)|download)\b/.test(
      lead,
    )
  )
    return 'model';
  if (/\b(project|webpage|homepage|website|site|demos?|page)\b/.test(lead)) return 'project';
  return 'other';
}

/** The clean form of a URL found in text: a code host's repo URL without its `.git` suffix. */
export function cleanUrl(url: string): string {
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return CODE_HOSTS.test(host) ? url.replace(/(?:\.git)+(?=$|[?#])/i, '') : url;
}

/** Same link despite a trailing slash, `.git` or host case. */
function dedupeKey(url: string): string {
  const u = new URL(url);
  const path = u.pathname.replace(/\.git$/i, '').replace(/\/+$/, '');
  return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}${u.hash}`;
}

/**
 * Links in a cleaned abstract (see cleanText, which already normalised them), deduplicated,
 * in order of appearance. Each url appears verbatim in the text it came from. Then the links the
 * listing states beside it (`stated`: a code or project field), kind told by the host or the
 * field's name, those unsafe or already found left out.
 */
export function extractLinks(
  cleanAbstract: string,
  stated: readonly { url: string; label: string }[] = [],
): PaperLink[] {
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  const add = (url: string, context: string) => {
    const key = dedupeKey(url);
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ url, kind: kindOf(url, context) });
  };
  let prevEnd = 0;
  for (const { start, end, url } of findUrls(cleanAbstract)) {
    // Context: the same sentence, and never past the previous URL.
    const window = cleanAbstract.slice(Math.max(prevEnd, start - 120), start);
    const sentence = window.split(/[.!?]\s+(?=[A-Z])/).pop() ?? '';
    prevEnd = end;
    add(url, sentence);
  }
  for (const { url, label } of stated) {
    const clean = cleanUrl(trimUrl(url.trim()));
    // "githubRepo", "project_page": the field's words.
    if (isSafeHttpUrl(clean)) add(clean, label.replace(/([a-z])(?=[A-Z])|[_-]/g, '$1 '));
  }
  return links;
}
