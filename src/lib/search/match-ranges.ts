/**
 * Where query terms occur in a text, as [start, end) offsets into the ORIGINAL string (so the
 * text can be cut into segments without losing a character). Matching is case- and
 * diacritic-insensitive and uses the index's stemming: "caches" matches the term "cach".
 */
import { fold, phraseUnits } from './normalize';
import { stem } from './stem';

export interface MatchRange {
  start: number;
  end: number;
  /** Index of the term in the list given. */
  term: number;
}

const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const INNER =
  /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const LETTER_DIGIT = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const HYPHEN = /^[-_\u2010\u2011]$/;

interface Span {
  start: number;
  end: number;
  text: string;
}

function runsOf(text: string): Span[] {
  return [...text.matchAll(RUN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

function split(span: Span, boundary: RegExp): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const part of span.text.split(boundary)) {
    if (part) out.push({ start: at, end: at + part.length, text: part });
    at += part.length;
  }
  return out;
}

interface Matchers {
  words: Map<string, number>;
  prefixes: [string, number][];
  phrases: [string[], number][];
}

function matchers(terms: readonly string[], prefix: boolean): Matchers {
  const m: Matchers = { words: new Map(), prefixes: [], phrases: [] };
  terms.forEach((term, i) => {
    const units = phraseUnits(term);
    if (units.length > 1) m.phrases.push([units.map(stem), i]);
    const word = units.join('');
    if (!word) return;
    for (const key of [word, stem(word)]) if (!m.words.has(key)) m.words.set(key, i);
    if (prefix && units.length === 1) m.prefixes.push([word, i]);
  });
  return m;
}

function wordHit(text: string, m: Matchers): number | undefined {
  const w = fold(text);
  const hit = m.words.get(w) ?? m.words.get(stem(w));
  if (hit !== undefined) return hit;
  return m.prefixes.find(([p]) => w.startsWith(p))?.[1];
}

export function matchRanges(text: string, terms: readonly string[], prefix = false): MatchRange[] {
  if (!terms.length || !text) return [];
  const m = matchers(terms, prefix);
  const runs = runsOf(text);
  const out: MatchRange[] = [];
  runs.forEach((run, r) => {
    const whole = wordHit(run.text, m);
    if (whole !== undefined) out.push({ start: run.start, end: run.end, term: whole });
    else {
      for (const piece of split(run, INNER)) {
        const hit = wordHit(piece.text, m);
        if (hit !== undefined) out.push({ start: piece.start, end: piece.end, term: hit });
      }
    }
    // Glued term over a hyphenated pair: "kvcache" marks "KV-cache".
    const next = runs[r + 1];
    if (next && next.start === run.end + 1 && HYPHEN.test(text[run.end] ?? '')) {
      const glued = m.words.get(stem(fold(run.text + next.text)));
      if (glued !== undefined) out.push({ start: run.start, end: next.end, term: glued });
    }
  });
  if (m.phrases.length) {
    const units = runs
      .flatMap((run) => split(run, LETTER_DIGIT))
      .map((u) => ({ ...u, key: stem(fold(u.text)) }));
    for (const [phrase, term] of m.phrases) {
      for (let i = 0; i + phrase.length <= units.length; i += 1) {
        if (phrase.every((p, k) => units[i + k]?.key === p)) {
          out.push({ start: units[i]!.start, end: units[i + phrase.length - 1]!.end, term });
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
