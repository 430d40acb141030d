/**
 * What two papers share, in phrases: the listing's phrases both hold, multi-word ones first and
 * rarer ones before common ones, so a related paper reads "shares: ring attention, long video"
 * rather than "shares: video, vision, fall". Phrases inside an already chosen one are skipped.
 * A lone word is shown only where the similarity leaned on it: ranked by rarity, words such as
 * "employs" or "become" came first ("shares: convolutions, speed, faster").
 */
import { analyse } from './phrases';
import type { PhraseTable } from './topic-types';

/**
 * @param leaning the words the pair's similarity rests on, strongest first (related-papers.ts):
 * the lone words shown, in that order.
 */
export function sharedPhrases(
  table: PhraseTable,
  a: number,
  b: number,
  leaning: readonly string[] = [],
  max = 3,
): string[] {
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
  const strength = new Map<string, number>();
  leaning.forEach((w, i) => {
    const key = analyse(w)?.[0];
    if (key !== undefined && !strength.has(key)) strength.set(key, i);
  });
  const phrases = common
    .filter((f) => table.words[f]! > 1)
    .sort((p, q) => table.df[p]! - table.df[q]! || p - q);
  const words = common
    .filter((f) => table.words[f] === 1 && strength.has(table.keys[f]!))
    .sort((p, q) => strength.get(table.keys[p]!)! - strength.get(table.keys[q]!)! || p - q);
  // Compared by stems: "ratios" is inside "compression ratio".
  const chosen: string[] = [];
  const out: string[] = [];
  for (const f of [...phrases, ...words]) {
    const key = ` ${table.keys[f]!} `;
    if (chosen.some((c) => c.includes(key) || key.includes(c))) continue;
    chosen.push(key);
    out.push(table.surface[f]!);
    if (out.length >= max) break;
  }
  return out;
}
