/** Highlighting and snippets as plain segments: the UI renders them as text, never as HTML. */
import { matchRanges } from './match-ranges';

export interface Segment {
  text: string;
  hit: boolean;
}

export interface HighlightOptions {
  /**
   * Also mark words that merely start with a term (for raw typed words such as "atten"). Off by
   * default: terms from the engine are whole index terms, and prefix-matching stems would mark
   * "statistics" for "stat" (state).
   */
  prefix?: boolean;
}

/** Cuts `text` into segments whose concatenation is exactly `text`; matched words have hit: true. */
export function highlight(
  text: string,
  terms: readonly string[],
  options: HighlightOptions = {},
): Segment[] {
  const ranges = matchRanges(text, terms, options.prefix ?? false);
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), hit: false });
    const last = out[out.length - 1];
    if (last?.hit && from === at) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

interface Sentence {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?]["')\]]*\s+(?=[\p{Lu}\p{N}"'([])/gu;

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Cut at a word edge at or before `limit`, never below `min`. */
function wordEdgeBefore(text: string, limit: number, min: number): number {
  if (limit >= text.length) return text.length;
  const cut = text.lastIndexOf(' ', limit);
  return cut > min ? cut : limit;
}

function withEllipses(text: string, start: number, end: number): string {
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}

/**
 * The most telling sentence or two of an abstract for the terms (most distinct terms matched,
 * then most matches, then earliest), at most about `maxLen` characters, with ellipses where cut.
 * Without any match it is the abstract's opening.
 */
export function snippet(abstract: string, terms: readonly string[], maxLen = 260): string {
  const text = abstract.trim();
  if (text.length <= maxLen && !terms.length) return text;
  const ranges = matchRanges(text, terms);
  const sentences = sentencesOf(text);
  const scoreOf = (from: number, to: number): number => {
    const inside = ranges.filter((r) => r.start >= from && r.end <= to);
    return new Set(inside.map((r) => r.term)).size * 100 + Math.min(inside.length, 99);
  };
  let best: Sentence | undefined;
  let bestScore = 0;
  for (const s of sentences) {
    const score = scoreOf(s.start, s.end);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  if (!best) return withEllipses(text, 0, wordEdgeBefore(text, maxLen, 0));
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
  return withEllipses(text, start, end);
}
