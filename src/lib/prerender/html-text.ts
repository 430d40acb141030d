/**
 * Text from the data inside prerendered HTML (scripts/prerender.ts). Every value passes one of
 * these: element text and attribute values are escaped, JSON-LD is JSON whose `<`, `>` and `&`
 * are \u escapes (so `</script>` or `<!--` in a title can never end the data block), and
 * descriptions are cut at a word.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Lone surrogates cannot be encoded as UTF-8 (they would become U+FFFD on disk anyway): replaced
 * here so every string written is well-formed.
 */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** A JSON-LD data block; its content is inert JSON, whatever the strings hold. */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}

/**
 * A meta description of about `max` characters: whitespace collapsed, cut at the last word that
 * fits and marked with "…". A text with no space to cut at is cut between characters (never
 * inside a surrogate pair).
 */
export function metaDescription(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.\-–—([{]+$/u, '')}…`;
}
