/** Text helpers shared by the claim finders: number syntax, sentence splitting, light normalisation. */
import type { Claim } from '../types';

/** A claim plus its offset in the sentence, so claims can be reported in reading order. */
export interface FoundClaim extends Claim {
  pos: number;
}

/** "50,112", "1,024", "7.93", "128": thousands commas only in groups of three. */
export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Hedges that may sit between a verb and its number: "by up to 4x", "reduce over 80%". */
export const MODS = String.raw`(?:(?:up to|over|about|around|nearly|almost|roughly|approximately|more than|at least|as much as|an?|~)\s*)*`;

/** Verbs that announce a reduction of something. */
export const REDUCE_VERB = String.raw`reduc\w*|decreas\w*|cut(?:s|ting)?|lower(?:s|ed|ing)?|shrink\w*|sav(?:e|es|ed|ing)|compress(?:es|ed|ing)?|trim\w*|slash\w*`;

/** Verbs of improvement: they mean a number is a gain, not a reduction. */
export const POSITIVE_VERB =
  /\b(?:improv\w*|increas\w*|boost\w*|gain\w*|rais\w*|enhanc\w*|outperform\w*|extend\w*)\b/i;

export function parseNumber(raw: string): number {
  return Number.parseFloat(raw.replace(/,/g, ''));
}

/** Rounds away binary noise (2.3 * 1e6 = 2299999.9999999995) without hiding real decimals. */
export function tidy(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Abstracts should arrive cleaned, but the raw dump still carries a few TeX leftovers that change
 * meaning ("90\%", "2klongrightarrow 128k"); undo those so the extractor works on either. URLs are
 * blanked because repository names ("LongWriter-Zero-32B") look like claims.
 */
export function prepareAbstract(abstract: string): string {
  let text = abstract.includes('://') ? abstract.replace(/https?:\/\/\S+/g, ' ') : abstract;
  if (text.includes('\\')) text = text.replace(/\\%/g, '%');
  if (text.includes('rightarrow')) text = text.replace(/\\?(?:long)?rightarrow\b/g, ' → ');
  // Only runs of 2+ or non-space whitespace change: a single space replaced by itself is wasted work.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * Splits on ., ! or ? followed by a space and a capital, digit or bracket, except after an
 * abbreviation ("33B vs. REPA 262B", "e.g. GPT-4", "Chen et al. (2023)"); "2.5x" has no space
 * after the dot.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:vs|e\.g|i\.e|cf|al|approx)\.)\s+(?=[A-Z0-9(["'])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
