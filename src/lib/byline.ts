/**
 * A paper's authors and year as one line: "Iz Beltagy, Matthew E. Peters, Arman Cohan · 2020".
 * Past `max` authors the rest become "et al.", as a result card has room for a line.
 */
export function formatByline(
  authors: readonly string[] | undefined,
  year: number | undefined,
  max = Infinity,
): string {
  const names = authors ?? [];
  const shown = names.length > max ? `${names.slice(0, max).join(', ')} et al.` : names.join(', ');
  return [shown, year ? String(year) : ''].filter((part) => part !== '').join(' · ');
}
