/**
 * What two papers share, in phrases: the listing's phrases both hold, multi-word ones first and
 * rarer ones before common ones, so a related paper reads "shares: ring attention, long video"
 * rather than "shares: video, vision, fall". Phrases inside an already chosen one are skipped.
 */
import type { PhraseTable } from './topic-types';

export function sharedPhrases(table: PhraseTable, a: number, b: number, max = 3): string[] {
  const x = table.papers[a];
  const y = table.papers[b];
  if (!x || !y) return [];
  const common: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      common.push(x[i]!);
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  common.sort(
    (p, q) =>
      Number(table.words[q]! > 1) - Number(table.words[p]! > 1) ||
      table.df[p]! - table.df[q]! ||
      p - q,
  );
  const out: string[] = [];
  for (const f of common) {
    const s = table.surface[f]!;
    const low = ` ${s.toLowerCase()} `;
    if (
      out.some((o) => ` ${o.toLowerCase()} `.includes(low) || low.includes(` ${o.toLowerCase()} `))
    )
      continue;
    out.push(s);
    if (out.length >= max) break;
  }
  return out;
}
