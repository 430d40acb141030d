/** Turns a title or abstract into stemmed terms, remembering how each was written. */
import { isAdverb, LONE_NOISE, STOPWORDS } from './stopwords';

export interface Term {
  stem: string;
  /** The word as written (lowercased), to show people instead of the stem. */
  surface: string;
}

/** Stock phrases that would otherwise leave "state" and "art" behind; "state space" must survive. */
const STOCK_PHRASES = /\bstate[\s-]of[\s-]the[\s-]art\b|\bsota\b/g;

/**
 * A light suffix stripper, not Porter: it only needs to map the forms an abstract uses for one idea
 * ("models", "modeling", "modelling", "modeled") onto one key, the same way for every paper.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const before = w;
  if (w.endsWith('ing') && w.length >= 7) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 6) w = w.slice(0, -2);
  // "modell(ing)" and "model(ing)", "scal(ing)" and "scal(e)": undo doubling and a silent e.
  if (w !== before && /([^aeiouls])\1$|ll$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}

/**
 * The index key of a lowercased word: its stem, or null for words that say nothing about a topic
 * (stopwords, single letters, numbers). Keys start with a letter and may hold digits ("s4", "h100").
 */
export function termKey(word: string): string | null {
  // Two letters are enough for "kv", "rl" or "lm"; the stopword list drops "of", "in", "et", "al".
  if (word.length < 2 || word.length > 30 || !/^[a-z]/.test(word)) return null;
  if (STOPWORDS.has(word) || LONE_NOISE.has(word) || isAdverb(word)) return null;
  const s = stem(word);
  return STOPWORDS.has(s) || LONE_NOISE.has(s) ? null : s;
}

/** Lowercased, accent-free words of `text`, stock phrases removed; not yet filtered. */
export function words(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const folded = /[^\x00-\x7f]/.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
  return (
    folded
      .toLowerCase()
      .replace(STOCK_PHRASES, ' ')
      .match(/[a-z0-9]+/g) ?? []
  );
}

export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const word of words(text)) {
    const key = termKey(word);
    if (key !== null) out.push({ stem: key, surface: word });
  }
  return out;
}
