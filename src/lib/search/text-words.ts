/**
 * The words of a text for highlighting: runs of letters and digits with their folded and stemmed
 * forms, their camel-case and letter/digit pieces, hyphen-glued pairs and phrase units, all as
 * offsets into the ORIGINAL string. They do not depend on the query, so they are computed once per
 * text and kept: a result list re-highlights the same 25 abstracts on every keystroke.
 */
import { fold, INNER, LETTER_DIGIT } from './normalize';
import { stem } from './stem';
import { boundedSet } from '../bounded-set';

const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const HYPHEN = /^[-_\u2010\u2011]$/;
/** Runs INNER cannot split: ASCII letters, upper-case at most the first ("Cache"). */
const PLAIN = /^[A-Za-z][a-z]*$/;

interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word (or unit) with its folded form and the stem of that form. */
export interface Word extends Span {
  folded: string;
  stemmed: string;
}

export interface Run extends Word {
  /** Camel-case and letter/digit pieces, computed on first need; null when the run is one piece. */
  pieces?: Word[] | null;
  /** Stem of the run glued to the next one across a hyphen ("KV-cache" -> kvcach), or null. */
  glued: string | null;
}

export interface TextWords {
  runs: Run[];
  /** Units for phrase matching, computed on first need. */
  units?: Word[];
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

export function wordsOf(text: string): TextWords {
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

export function piecesOf(run: Run): Word[] | null {
  if (run.pieces === undefined) {
    run.pieces = PLAIN.test(run.text) ? null : split(run, INNER).map(word);
  }
  return run.pieces;
}

export function unitsOf(words: TextWords): Word[] {
  words.units ??= words.runs.flatMap((run) => split(run, LETTER_DIGIT)).map(word);
  return words.units;
}
