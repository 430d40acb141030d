/** Highlighting and snippets as plain segments: the UI renders them as text, never as HTML. */
import { matchRanges, type MatchRange } from './match-ranges';
import { boundedSet } from '../bounded-set';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Cuts `text` into segments whose concatenation is exactly `text`; matched words have hit: true.
 * Terms are whole index terms: a word that merely starts with one is not marked ("stat", the stem
 * of "state", must not mark "statistics").
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return segmentsOf(text, matchRanges(text, terms), 0, text.length);
}

/** Segments of text[from, to) given the (sorted) ranges found in the whole text. */
function segmentsOf(
  text: string,
  ranges: readonly MatchRange[],
  from: number,
  to: number,
): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const { start, end } of ranges) {
    // A word cut by the window's edge is not marked: its visible half may not be the term.
    if (start < from) continue;
    if (end > to) break;
    if (end <= at) continue;
    const begin = Math.max(start, at);
    if (begin > at) out.push({ text: text.slice(at, begin), hit: false });
    const last = out[out.length - 1];
    if (last?.hit && begin === at) last.text += text.slice(begin, end);
    else out.push({ text: text.slice(begin, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** A sentence's [start, end) in the text. */
type Sentence = Omit<MatchRange, 'term'>;

const SENTENCE_END = /[.!?]["')\]]*\s+(?=[\p{Lu}\p{N}"'([])/gu;

// A results page asks for the same abstracts' sentences on every keystroke.
const SENTENCE_CACHE_LIMIT = 500;
const sentenceCache = new Map<string, Sentence[]>();

function sentencesOf(text: string): Sentence[] {
  const known = sentenceCache.get(text);
  if (known) return known;
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  boundedSet(sentenceCache, text, out, SENTENCE_CACHE_LIMIT);
  return out;
}

/** Cut at a word edge at or before `limit`, never below `min`. */
function wordEdgeBefore(text: string, limit: number, min: number): number {
  if (limit >= text.length) return text.length;
  const cut = text.lastIndexOf(' ', limit);
  return cut > min ? cut : limit;
}

/** text[start, end) without its edge spaces. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

/**
 * The most telling sentence or two of an abstract for the terms (most distinct terms matched,
 * then most matches, then earliest), at most about `maxLen` characters, with ellipses where cut,
 * as highlighted segments. Without any match it is the abstract's opening. The abstract's words
 * are matched once, and the same ranges both pick the window and mark it.
 */
export function snippetSegments(
  abstract: string,
  terms: readonly string[],
  maxLen = 260,
): Segment[] {
  const text = abstract.trim();
  const ranges = terms.length ? matchRanges(text, terms) : [];
  if (text.length <= maxLen && !terms.length) return text ? [{ text, hit: false }] : [];
  const [start, end] = snippetWindow(text, ranges, maxLen);
  const out = segmentsOf(text, ranges, start, end);
  if (start > 0) out.unshift({ text: '… ', hit: false });
  if (end < text.length) out.push({ text: ' …', hit: false });
  return out;
}

function snippetWindow(
  text: string,
  ranges: readonly MatchRange[],
  maxLen: number,
): [number, number] {
  const sentences = sentencesOf(text);
  // One sweep: sentences and ranges are both in text order.
  let best: Sentence | undefined;
  let bestScore = 0;
  let first = 0;
  const seen: number[] = [];
  for (const s of sentences) {
    while (first < ranges.length && ranges[first]!.start < s.start) first += 1;
    let count = 0;
    seen.length = 0;
    for (let k = first; k < ranges.length && ranges[k]!.start < s.end; k += 1) {
      const r = ranges[k]!;
      if (r.end > s.end) continue;
      count += 1;
      if (!seen.includes(r.term)) seen.push(r.term);
    }
    const score = seen.length * 100 + Math.min(count, 99);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  if (!best) return trimmed(text, 0, wordEdgeBefore(text, maxLen, 0));
  let { start, end } = best;
  if (end - start > maxLen) {
    // Long sentence: a window that opens a little before the first match.
    const first = ranges.find((r) => r.start >= start)?.start ?? start;
    const from = Math.max(start, first - 60);
    const edge = from > start ? text.indexOf(' ', from) + 1 : from;
    start = edge > 0 && edge < first ? edge : from;
    end = wordEdgeBefore(text, start + maxLen, start);
  } else {
    // Room left: add the following sentence, or else the preceding one, when it fits whole.
    const i = sentences.indexOf(best);
    const next = sentences[i + 1];
    const prev = sentences[i - 1];
    if (next && next.end - start <= maxLen) end = next.end;
    else if (prev && end - prev.start <= maxLen) start = prev.start;
  }
  return trimmed(text, start, end);
}
