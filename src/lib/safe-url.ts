import { findUrls, isSafeHttpUrl } from './dump/extract-links';

/** Returns the URL when it is an absolute http(s) URL, else null. Only these are ever rendered as links. */
export function safeHttpUrl(raw: string): string | null {
  return isSafeHttpUrl(raw) ? raw : null;
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'url'; text: string; url: string };

/**
 * Splits plain text into text and http(s) URL parts, finding exactly the URLs the build extracted
 * as links; joining the parts' text gives back the input.
 */
export function splitUrls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of findUrls(text)) {
    if (m.start > last) parts.push({ kind: 'text', text: text.slice(last, m.start) });
    parts.push({ kind: 'url', text: text.slice(m.start, m.end), url: m.url });
    last = m.end;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
