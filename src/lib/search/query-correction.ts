/**
 * The query with a query note's corrections (query-notes.ts) applied to whole words (case and
 * other words kept as typed), or undefined when nothing changes. Apart from the notes: the page
 * builds the link with this alone, without loading the engine code the notes come from.
 */
export function correctedQuery(
  q: string,
  corrections: readonly [string, string][],
): string | undefined {
  if (!corrections.length) return undefined;
  const map = new Map(corrections);
  let changed = false;
  const out = q.replace(/[^\s"]+/g, (token) => {
    const c = map.get(token);
    if (c === undefined) return token;
    changed = true;
    return c;
  });
  return changed ? out : undefined;
}
