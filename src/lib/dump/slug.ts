/**
 * Paper slugs, exactly as /work/shared/contract.md ("Routes") defines them, since shared links
 * depend on them: NFKD, drop combining marks, lowercase, runs outside [a-z0-9] -> '-', trim '-'.
 */

/** Base used when a title has no [a-z0-9] at all (e.g. all-CJK or emoji titles). */
export const EMPTY_SLUG_BASE = 'paper';

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * One slug per title, in dump order. The second paper with a slug gets `-2`, the third `-3`, ...
 * A title whose slug would be empty uses `paper` as its base (`paper`, `paper-2`, ...), so every
 * paper still gets a working, unique URL. A generated suffix never reuses a slug already taken
 * (e.g. titles "X", "X 2", "X" give x, x-2, x-3).
 */
export function uniqueSlugs(titles: readonly string[]): string[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return titles.map((title) => {
    const base = slugify(title) || EMPTY_SLUG_BASE;
    let slug = base;
    if (used.has(slug)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      slug = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(slug);
    return slug;
  });
}
