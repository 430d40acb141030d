/**
 * Where query terms occur in a text, as [start, end) offsets into the ORIGINAL string (so the
 * text can be cut into segments without losing a character). Matching is case- and
 * diacritic-insensitive and uses the index's stemming: "caches" matches the term "cach".
 * The words of each text are read once and kept (text-words.ts); a results page tests each of its
 * texts' words against the query's terms, a few thousand lookups.
 */
import { phraseUnits } from './normalize';
import { stem } from './stem';
import { piecesOf, unitsOf, wordsOf, type Word } from './text-words';

export interface MatchRange {
  start: number;
  end: number;
  /** Index of the term in the list given. */
  term: number;
}

interface Matchers {
  words: Map<string, number>;
  phrases: [string[], number][];
}

/**
 * A results page marks its 25 titles and snippets with one answer's terms (the same array), and a
 * short prefix can match hundreds of terms: their matchers are built once per array, not per text.
 */
const matcherCache = new WeakMap<readonly string[], Matchers>();

function matchers(terms: readonly string[]): Matchers {
  const known = matcherCache.get(terms);
  if (known) return known;
  const m: Matchers = { words: new Map(), phrases: [] };
  terms.forEach((term, i) => {
    const units = phraseUnits(term);
    if (units.length > 1) m.phrases.push([units.map(stem), i]);
    const w = units.join('');
    if (!w) return;
    for (const key of [w, stem(w)]) if (!m.words.has(key)) m.words.set(key, i);
  });
  matcherCache.set(terms, m);
  return m;
}

function wordHit(w: Word, m: Matchers): number | undefined {
  return m.words.get(w.folded) ?? m.words.get(w.stemmed);
}

export function matchRanges(text: string, terms: readonly string[]): MatchRange[] {
  if (!terms.length || !text) return [];
  const words = wordsOf(text);
  const m = matchers(terms);
  const out: MatchRange[] = [];
  words.runs.forEach((run, r) => {
    const whole = wordHit(run, m);
    if (whole !== undefined) out.push({ start: run.start, end: run.end, term: whole });
    else {
      for (const piece of piecesOf(run) ?? []) {
        const hit = wordHit(piece, m);
        if (hit !== undefined) out.push({ start: piece.start, end: piece.end, term: hit });
      }
    }
    // Glued term over a hyphenated pair: "kvcache" marks "KV-cache".
    const next = words.runs[r + 1];
    if (next && run.glued !== null) {
      const glued = m.words.get(run.glued);
      if (glued !== undefined) out.push({ start: run.start, end: next.end, term: glued });
    }
  });
  if (m.phrases.length) {
    const units = unitsOf(words);
    for (const [phrase, term] of m.phrases) {
      for (let i = 0; i + phrase.length <= units.length; i += 1) {
        if (phrase.every((p, k) => units[i + k]?.stemmed === p)) {
          out.push({ start: units[i]!.start, end: units[i + phrase.length - 1]!.end, term });
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
