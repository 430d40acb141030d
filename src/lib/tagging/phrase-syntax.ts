/** The phrase mini-syntax of rule-types.ts: to regexes, and the word prefixes a match starts with. */
import type { PhraseSpec } from './rule-types';

// A space in a phrase: a run of spaces, a hyphen/dash (with optional spaces) or nothing.
const SEP = '(?:\\s*[-\u2010\u2011\u2013]\\s*|\\s+)?';
// `~`: one optional word (with its trailing space), e.g. the "LLMs'" in "extending LLMs' context window".
const OPTIONAL_WORD = "(?:[A-Za-z0-9'\u2019,-]+\\s+)?";

/**
 * Regex for one phrase of the mini-syntax described in rule-types.ts. `flags` adds 'g' (scan)
 * or 'y' (sticky: try at one position only).
 */
export function phraseToRegex(phrase: string, flags: 'g' | 'y' = 'g'): RegExp {
  const caseSensitive = phrase.startsWith('=');
  const body = caseSensitive ? phrase.slice(1) : phrase;
  let out = '';
  let escaped = false;
  for (const c of body) {
    if (escaped) {
      out += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      escaped = false;
    } else if (c === '\\') escaped = true;
    else if (c === '~') out += OPTIONAL_WORD;
    else if (c === ' ') out += SEP;
    else if (c === '*') out += '[A-Za-z0-9]*';
    else if (c === '(') out += '(?:';
    else if (c === ')' || c === '|' || c === '?' || c === '[' || c === ']') out += c;
    else if (/[A-Za-z0-9]/.test(c)) out += c;
    else out += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(
    `(?<![A-Za-z0-9])(?:${out})(?![A-Za-z0-9])`,
    caseSensitive ? flags : `${flags}i`,
  );
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/**
 * Words a match must start with: "=word" for a whole word, "prefix" for a word beginning
 * ("kv" in "kv cache" is whole: a 2-letter prefix would fire on every "kvm…"; "mamba" in
 * "mamba( ?2)?" is a prefix of "Mamba2"). null when none can be derived.
 */
export function phraseAnchors(phrase: string): string[] | null {
  const body = phrase.replace(/^=/, '').trimStart();
  const top = splitTopLevel(body);
  if (top.length > 1) {
    const each = top.map(phraseAnchors);
    return each.some((a) => a === null) ? null : [...new Set(each.flatMap((a) => a ?? []))];
  }
  if (body.startsWith('(')) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < body.length && close < 0; i++) {
      if (body[i] === '(') depth++;
      if (body[i] === ')' && --depth === 0) close = i;
    }
    if (close < 0) return null;
    const rest = body.slice(close + 1);
    const alternatives = splitTopLevel(body.slice(1, close)).map((a) =>
      phraseAnchors(a + rest.replace(/^\?/, '')),
    );
    // An optional leading group: a match starts either in the group or at what follows it.
    if (rest.startsWith('?')) alternatives.push(phraseAnchors(rest.slice(1)));
    if (alternatives.some((a) => a === null)) return null;
    return [...new Set(alternatives.flatMap((a) => a ?? []))];
  }
  const m = /^[A-Za-z0-9]+/.exec(body);
  if (!m) return null;
  const lit = m[0].toLowerCase();
  const next = body[lit.length];
  const afterNext = body[lit.length + (next === '\\' ? 2 : 1)];
  if (next === '?') return lit.length > 1 ? [lit.slice(0, -1)] : null;
  if (next === undefined) return [`=${lit}`];
  if (next === ' ') return [lit.length <= 2 ? `=${lit}` : lit];
  if ('*([~'.includes(next) || afterNext === '?') return [lit];
  return [`=${lit}`];
}

/**
 * "a|=B" mixes case rules, which one JS regex cannot do: split top-level alternatives into
 * separate phrases of the same weight when any of them is case-sensitive.
 */
export function expandCase(spec: PhraseSpec): PhraseSpec[] {
  const parts = splitTopLevel(spec.p);
  if (parts.length < 2 || !parts.some((p) => p.startsWith('='))) return [spec];
  return parts.map((p) => ({ ...spec, p }));
}

/** Splits at spaces outside groups. */
function splitWords(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of body) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ' ' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The word a literal needs: "=cache" (whole word), "model" (prefix, from "models?"), or null. */
function literalRequirement(part: string): string | null {
  const m = /^([A-Za-z0-9]+)(.*)$/.exec(part);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase();
  const rest = m[2] ?? '';
  if (rest === '') return `=${word}`;
  // "models?" needs "model…"; "parallel(ism)?" needs "parallel…".
  if (rest.startsWith('?')) return word.length > 3 ? word.slice(0, -1) : null;
  return word.length >= 3 ? word : null;
}

/**
 * Words other than the first that every match contains as separate words, each given as a list
 * of alternatives ("long (convolution*|filters?)" needs "convolution…" or "filter…"): a paper
 * lacking one cannot match, so the phrase is not even tried. Words that may be glued to the
 * previous one (" ?attention") are not required.
 */
export function phraseRequirements(phrase: string): string[][] {
  const body = phrase.replace(/^=/, '');
  if (splitTopLevel(body).length > 1) return [];
  const out: string[][] = [];
  for (const raw of splitWords(body).slice(1)) {
    // Optional groups in front do not matter: "(cache )?compression" still needs "compression".
    const part = raw.replace(/^(\([^()]*\)\?)+/, '');
    const group = /^\(([^()]*)\)$/.exec(part);
    const options = group ? splitTopLevel(group[1] ?? '') : [part];
    // Only plain one-word alternatives: "(of )?" or "(a b|c)" say nothing reliable.
    if (group && options.some((o) => o.includes(' ') || o.includes('('))) continue;
    const words = options.map(literalRequirement);
    if (words.every((w): w is string => w !== null)) out.push(words);
  }
  return out;
}
