/**
 * The naive peer: lowercase String.includes over title + abstract for every query term. The
 * browser copy in browser-scripts.ts must stay equivalent.
 */

export interface TextPaper {
  title: string;
  abstract: string;
}

/** Lowercased search text per paper, prepared once like a naive implementation would. */
export function naiveHaystacks(papers: readonly TextPaper[]): string[] {
  return papers.map((p) => `${p.title}\n${p.abstract}`.toLowerCase());
}

/** Ids of papers containing every term (terms starting with '-' must be absent). */
export function naiveSearch(haystacks: readonly string[], q: string): number[] {
  const words = q.toLowerCase().replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  const must = words.filter((w) => !w.startsWith('-'));
  const not = words.filter((w) => w.startsWith('-') && w.length > 1).map((w) => w.slice(1));
  const ids: number[] = [];
  haystacks.forEach((h, id) => {
    if (must.every((w) => h.includes(w)) && !not.some((w) => h.includes(w))) ids.push(id);
  });
  return ids;
}
