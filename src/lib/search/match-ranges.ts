/**
 * Where query terms occur in a text, as [start, end) offsets into the ORIGINAL string (so the
 * text can be cut into segments without losing a character). Matching is case- and
 * diacritic-insensitive and uses the index's stemming: "caches" matches the term "cach".
 * The words of a text (folded and stemmed) do not depend on the terms, so they are computed once
 * per text and kept: a result list re-highlights the same 25 abstracts on every keystroke.
 */
import { fold, phraseUnits } from './normalize';
import { stem } from './stem';
import { boundedSet } from '../bounded-set';

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
/** Runs INNER cannot split: ASCII letters, upper-case at most the first ("Cache"). */
const PLAIN = /^[A-Za-z][a-z]*$/;

interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word (or unit) with its folded form and the stem of that form. */
interface Word extends Span {
  folded: string;
  stemmed: string;
}

interface Run extends Word {
  /** Camel-case and letter/digit pieces, computed on first need; null when the run is one piece. */
  pieces?: Word[] | null;
  /** Stem of the run glued to the next one across a hyphen ("KV-cache" -> kvcach), or null. */
  glued: string | null;
}

interface TextWords {
  runs: Run[];
  /** Units for phrase matching, computed on first need. */
  units?: Word[];
  /**
   * Which runs each word form occurs in (whole, piece, glued), computed on first need: a search
   * looks up its few terms here instead of testing each of an abstract's 200 words.
   */
  keys?: Map<string, number[]>;
}

const CACHE_LIMIT = 500;
const cache = new Map<string, TextWords>();

function word(span: Span): Word {
  const folded = fold(span.text);
  return { ...span, folded, stemmed: stem(folded) };
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

function wordsOf(text: string): TextWords {
  let known = cache.get(text);
  if (known) return known;
  const spans: Span[] = [...text.matchAll(RUN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  const runs = spans.map((span, r): Run => {
    const next = spans[r + 1];
    const joined = next && next.start === span.end + 1 && HYPHEN.test(text[span.end] ?? '');
    return { ...word(span), glued: joined ? stem(fold(span.text + next.text)) : null };
  });
  known = { runs };
  boundedSet(cache, text, known, CACHE_LIMIT);
  return known;
}

function piecesOf(run: Run): Word[] | null {
  if (run.pieces === undefined) {
    run.pieces = PLAIN.test(run.text) ? null : split(run, INNER).map(word);
  }
  return run.pieces;
}

function keysOf(words: TextWords): Map<string, number[]> {
  if (words.keys) return words.keys;
  const keys = new Map<string, number[]>();
  const add = (key: string, r: number) => {
    const runs = keys.get(key);
    if (!runs) keys.set(key, [r]);
    else if (runs[runs.length - 1] !== r) runs.push(r);
  };
  words.runs.forEach((run, r) => {
    add(run.folded, r);
    add(run.stemmed, r);
    for (const piece of piecesOf(run) ?? []) {
      add(piece.folded, r);
      add(piece.stemmed, r);
    }
    if (run.glued !== null) add(run.glued, r);
  });
  words.keys = keys;
  return keys;
}

/** Runs that can match a term exactly, in text order: only these need testing. */
function candidateRuns(words: TextWords, m: Matchers): number[] {
  const keys = keysOf(words);
  const found = new Set<number>();
  for (const term of m.words.keys()) for (const r of keys.get(term) ?? []) found.add(r);
  return [...found].sort((a, b) => a - b);
}

function unitsOf(words: TextWords): Word[] {
  words.units ??= words.runs.flatMap((run) => split(run, LETTER_DIGIT)).map(word);
  return words.units;
}

interface Matchers {
  words: Map<string, number>;
  prefixes: [string, number][];
  phrases: [string[], number][];
}

// The same terms are matched against every title and snippet of a results page: build once.
let lastMatchers: { key: string; m: Matchers } | undefined;

function matchers(terms: readonly string[], prefix: boolean): Matchers {
  const key = `${prefix ? 1 : 0}\u0000${terms.join('\u0000')}`;
  if (lastMatchers?.key !== key) lastMatchers = { key, m: buildMatchers(terms, prefix) };
  return lastMatchers.m;
}

function buildMatchers(terms: readonly string[], prefix: boolean): Matchers {
  const m: Matchers = { words: new Map(), prefixes: [], phrases: [] };
  terms.forEach((term, i) => {
    const units = phraseUnits(term);
    if (units.length > 1) m.phrases.push([units.map(stem), i]);
    const w = units.join('');
    if (!w) return;
    for (const key of [w, stem(w)]) if (!m.words.has(key)) m.words.set(key, i);
    if (prefix && units.length === 1) m.prefixes.push([w, i]);
  });
  return m;
}

function wordHit(w: Word, m: Matchers): number | undefined {
  const hit = m.words.get(w.folded) ?? m.words.get(w.stemmed);
  if (hit !== undefined) return hit;
  return m.prefixes.find(([p]) => w.folded.startsWith(p))?.[1];
}

export function matchRanges(text: string, terms: readonly string[], prefix = false): MatchRange[] {
  if (!terms.length || !text) return [];
  const m = matchers(terms, prefix);
  const words = wordsOf(text);
  // A word prefix can be any run's: those are tested one by one.
  const runs = prefix ? words.runs.map((_, r) => r) : candidateRuns(words, m);
  return rangesOf(words, runs, m);
}

/** The same ranges, testing every word: the reference the lookup above must agree with. */
export function matchRangesByScan(text: string, terms: readonly string[]): MatchRange[] {
  if (!terms.length || !text) return [];
  const words = wordsOf(text);
  return rangesOf(
    words,
    words.runs.map((_, r) => r),
    matchers(terms, false),
  );
}

function rangesOf(words: TextWords, runs: readonly number[], m: Matchers): MatchRange[] {
  const out: MatchRange[] = [];
  for (const r of runs) {
    const run = words.runs[r]!;
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
  }
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
