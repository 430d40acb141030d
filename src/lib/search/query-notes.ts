/**
 * What a search did with the reader's words, so the page can say it: words that matched no paper,
 * words matched only through other spellings (typo tolerance), and corrections from the index's
 * own vocabulary ("sprase" -> "sparse"). Works on whatever index answers the query (page or
 * worker, 119 or 100k papers): it reads only the plan's expansions and the sorted vocabulary.
 */
import type { IndexData } from './index-data';
import { fold } from './normalize';
import type { Plan } from './query-plan';
import { PREFIX_MIN_LENGTH } from './query-tree';
import { processTerm } from './stem';
import { piecesOf, segmentsOf } from './tokenize';
import { fuzzyTerms } from './vocab-lookup';

export interface QueryNotes {
  /** The query's words, as typed, one per required group. */
  words: string[];
  /** Words that no paper holds in any spelling. */
  unmatched: string[];
  /** Words no paper holds as typed, matched through close spellings only. */
  respelled: string[];
  /** Word as typed -> the vocabulary's closest common word, for unmatched and respelled words. */
  corrections: [word: string, correction: string][];
  /** Acronym as typed -> the long form that papers which never write the acronym were found by. */
  longForms: [word: string, longForm: string][];
}

/** Corrections already looked up, per index (a word's correction never changes for an index). */
export type CorrectionCache = Map<string, string | null>;
const CACHE_LIMIT = 500;

/** Edits allowed for a correction: more than typo tolerance allows, since only the wording is at stake. */
function correctionEdits(term: string): number {
  return term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * The closest vocabulary word to a typed word: fewest edits, then most papers. Shown as the reader
 * would write it: the typed word's own ending is kept on the corrected stem ("sprase" is the stem
 * "spras" plus "e": "sparse").
 */
function correctionOf(word: string, data: IndexData, cache: CorrectionCache): string | null {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const folded = fold(word);
  const term =
    segmentsOf(word).length === 1 && piecesOf(word).length <= 1 && /^\p{L}+$/u.test(folded)
      ? processTerm(folded)
      : null;
  let best: { id: number; distance: number; df: number } | undefined;
  const max = term ? correctionEdits(term) : 0;
  for (const [id, distance] of term && max ? fuzzyTerms(data.terms, term, max) : []) {
    const df = data.df[id] ?? 0;
    if (!distance || !/^\p{L}+$/u.test(data.terms[id]!)) continue;
    if (!best || distance < best.distance || (distance === best.distance && df > best.df))
      best = { id, distance, df };
  }
  let out: string | null = null;
  if (term && best) {
    const corrected = data.terms[best.id]!;
    out = folded.startsWith(term) ? corrected + folded.slice(term.length) : corrected;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * Notes of a query's required groups (the plan's first roots), or undefined when every word
 * matched as typed and all together, or while the word being typed is shorter than a prefix match
 * needs.
 */
export function queryNotes(
  data: IndexData,
  plan: Plan,
  relaxed: boolean,
  cache: CorrectionCache,
  /** The query's words outside quotes: in an exact phrase an acronym means its letters only. */
  plain: readonly string[],
): QueryNotes | undefined {
  const words: string[] = [];
  const unmatched: string[] = [];
  const respelled: string[] = [];
  const longForms: [string, string][] = [];
  let midWord = false;
  plan.roots.slice(0, plan.required).forEach((root, r) => {
    const word = root.word ?? '';
    words.push(word);
    const long = data.acronyms.get(processTerm(fold(word)) ?? '');
    if (long && plain.includes(word)) longForms.push([word, long.join(' ')]);
    if (root.typing && word.length < PREFIX_MIN_LENGTH) {
      midWord = true;
      return;
    }
    let any = false;
    let literal = false;
    for (let l = plan.rootStart[r]!; l < plan.rootStart[r + 1]!; l += 1) {
      const leaf = plan.leaves[l]!;
      any ||= leaf.expansions.length > 0;
      literal ||= leaf.literal;
    }
    if (!any) unmatched.push(word);
    else if (!literal) respelled.push(word);
  });
  // A word of one or two letters being typed matches nothing yet: no note for one keystroke, unless
  // it is an acronym ("RL").
  if (!longForms.length && (midWord || (!relaxed && !unmatched.length && !respelled.length)))
    return undefined;
  const corrections: [string, string][] = [];
  for (const word of [...unmatched, ...respelled]) {
    const c = correctionOf(word, data, cache);
    if (c && c !== fold(word)) corrections.push([word, c]);
  }
  return { words, unmatched, respelled, corrections, longForms };
}
