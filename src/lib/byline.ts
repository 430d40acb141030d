import { encodeView } from './url/view-codec';
import { viewOf } from './url/view-state';

/**
 * A paper's authors and year as one line: "Iz Beltagy, Matthew E. Peters, Arman Cohan · 2020".
 * Past `max` authors the rest become "et al.", as a result card has room for a line, except those
 * `keep` asks for: the authors a search matched, so the reader sees why the paper is there.
 */
export function formatByline(
  authors: readonly string[] | undefined,
  year: number | undefined,
  max = Infinity,
  keep: (name: string) => boolean = () => false,
): string {
  const names = authors ?? [];
  const listed = [...names.slice(0, max), ...names.slice(max).filter(keep)];
  const shown = `${listed.join(', ')}${names.length > listed.length ? ' et al.' : ''}`;
  return [shown, year ? String(year) : ''].filter((part) => part !== '').join(' · ');
}

/** The search for an author's papers: their name as an exact phrase (search reads authors). */
export function authorHref(name: string): string {
  return `/${encodeView(viewOf(`"${name.replace(/"/g, '')}"`))}`;
}
