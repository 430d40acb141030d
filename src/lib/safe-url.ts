/** Returns the URL when it is an absolute http(s) URL, else null. Only these are ever rendered as links. */
export function safeHttpUrl(raw: string): string | null {
  if (!/^https?:\/\//i.test(raw)) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? raw : null;
  } catch {
    return null;
  }
}

const URL_RE = /https?:\/\/[^\s<>"'`{}|\\^]+[^\s<>"'`{}|\\^.,;:!?)\]]/gi;

export type TextPart = { kind: 'text'; text: string } | { kind: 'url'; text: string; url: string };

/** Splits plain text into text and http(s) URL parts; joining the parts' text gives back the input. */
export function splitUrls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index;
    const url = safeHttpUrl(m[0]);
    if (!url) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'url', text: m[0], url });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
