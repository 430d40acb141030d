/**
 * Query syntax: plain words, "exact phrases", -excluded words and -"excluded phrases".
 * Never throws: the text comes straight from the URL.
 */
import { sanitize } from './normalize';

export interface ParsedQuery {
  /** Plain words as typed (case kept: camelCase splitting uses it). */
  terms: string[];
  /** Exact phrases (text between quotes). */
  phrases: string[];
  excluded: string[];
  excludedPhrases: string[];
  /** The last phrase lacks its closing quote at the end of the query: its last word is a prefix. */
  lastPhraseOpen: boolean;
  /** The last plain word is still being typed (no trailing space): match it as a prefix. */
  lastIsPrefix: boolean;
}

/** Longer input is cut: nobody types more, and each word costs index work. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_PARTS = 32;

const SPACE = /\s/;

function readUntil(q: string, from: number, stop: (c: string) => boolean): number {
  let i = from;
  while (i < q.length && !stop(q[i] ?? '')) i += 1;
  return i;
}

export function parseQuery(input: string): ParsedQuery {
  const out: ParsedQuery = {
    terms: [],
    phrases: [],
    excluded: [],
    excludedPhrases: [],
    lastIsPrefix: false,
    lastPhraseOpen: false,
  };
  const q = sanitize(typeof input === 'string' ? input.slice(0, MAX_QUERY_CHARS) : '');
  const endsOpen = q.length > 0 && !SPACE.test(q[q.length - 1] ?? '');
  let last: 'term' | 'other' = 'other';
  let parts = 0;
  let i = 0;
  while (i < q.length && parts < MAX_QUERY_PARTS) {
    i = readUntil(q, i, (c) => !SPACE.test(c));
    if (i >= q.length) break;
    let negated = false;
    while (q[i] === '-' || q[i] === '+') {
      negated = negated || q[i] === '-';
      i += 1;
    }
    if (q[i] === '"') {
      const end = q.indexOf('"', i + 1);
      const closed = end >= 0;
      const text = q.slice(i + 1, closed ? end : q.length).trim();
      i = closed ? end + 1 : q.length;
      last = 'other';
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      if (negated) out.excludedPhrases.push(text);
      else {
        out.phrases.push(text);
        out.lastPhraseOpen = !closed && endsOpen;
      }
      parts += 1;
      continue;
    }
    const end = readUntil(q, i, (c) => SPACE.test(c) || c === '"');
    const word = q.slice(i, end);
    i = end;
    last = 'other';
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    if (negated) out.excluded.push(word);
    else {
      out.terms.push(word);
      last = 'term';
    }
    parts += 1;
  }
  out.lastIsPrefix = last === 'term' && endsOpen && i >= q.length;
  return out;
}

export function isEmptyQuery(p: ParsedQuery): boolean {
  return !p.terms.length && !p.phrases.length && !p.excluded.length && !p.excludedPhrases.length;
}
