/**
 * Turns a ParsedQuery into an expression tree, in MiniSearch's query format (the compact engine
 * evaluates it; the MiniSearch reference engine can run the same tree).
 *
 * Each query word becomes a group that must match (AND across groups). Inside a group, the
 * spellings of the same thing are OR-ed: "Transformer-XL" -> (transformer AND xl) OR transformerxl;
 * "Mamba2" -> mamba2 OR (mamba AND 2); "kvcache" -> kvcache OR (kv AND cache). Two adjacent words
 * whose glued form is indexed ("kv cache" vs a text saying "kvcache") get that alternative too.
 */
import { fold } from './normalize';
import type { ParsedQuery } from './query';
import { processTerm } from './stem';
import { piecesOf, segmentsOf } from './tokenize';

export interface Vocabulary {
  /** Number of documents holding an index term (0 when unknown). */
  df(term: string): number;
  /** Index terms of a glued form seen in the corpus ("ringattention" -> ring, attention). */
  glued(term: string): string[] | undefined;
}

/** Below this document frequency a term of >= 5 letters is treated as a possible typo (fuzzy). */
const RARE_DF = 3;
const FUZZY_MIN_LENGTH = 5;
/** Prefix expansion of 1-2 letters is slow on big indexes and useless while typing. */
export const PREFIX_MIN_LENGTH = 3;

/** Words of one hyphenated chunk or phrase sent to the index; enough to narrow, cheap to run. */
const MAX_GROUP_WORDS = 12;

type Mode = 'exact' | 'normal' | 'typing';

/** A node of the tree: leaves hold one term (with their prefix and fuzzy options). */
export interface Query {
  combineWith?: 'AND' | 'OR' | 'AND_NOT';
  queries: (Query | string)[];
  prefix?: boolean;
  /** Fraction of the term's length allowed as edits (MiniSearch semantics), or false. */
  fuzzy?: number | false;
  /** On a required group: the query word(s) it stands for, as typed (for query-notes.ts). */
  word?: string;
  /** On a required group: its word is still being typed (the last word, no space after it). */
  typing?: boolean;
}

/** The group of a query word, labelled with the word (a copy: a lone leaf may be shared). */
const labelled = (node: Query, word: string, typing: boolean): Query => ({
  ...node,
  word,
  typing,
});

/** Alternatives, each once: "state s" glued is "states", which stems to "state" itself. */
function or(alternatives: Query[]): Query {
  const queries = [...new Map(alternatives.map((q) => [JSON.stringify(q), q])).values()];
  return queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries };
}
const and = (queries: Query[]): Query =>
  queries.length === 1 ? queries[0]! : { combineWith: 'AND', queries };

function leaf(term: string, raw: string, mode: Mode, vocab: Vocabulary, fuzzyOk = true): Query {
  const fuzzy =
    fuzzyOk && mode !== 'exact' && term.length >= FUZZY_MIN_LENGTH && vocab.df(term) < RARE_DF;
  const exact: Query = { queries: [term], prefix: false, fuzzy: fuzzy ? 0.2 : false };
  if (mode !== 'typing' || raw.length < PREFIX_MIN_LENGTH) return exact;
  // Prefix on the unstemmed form: "state" being typed must not expand "stat" to "statistics".
  const prefix: Query = {
    queries: [raw],
    prefix: true,
    fuzzy: fuzzy && raw === term ? 0.2 : false,
  };
  return raw === term ? prefix : or([exact, prefix]);
}

/**
 * Split of a glued word into two indexed words; the split whose rarer part is most common wins
 * (kv|cache over kvc|ache). A word the corpus has seen at all (a rare name like "unlimiformer")
 * is only split around a short, acronym-like part ("kvcache" -> kv + cache), so names are not
 * read as two common words.
 */
function vocabSplit(term: string, vocab: Vocabulary): string[] | undefined {
  const known = vocab.df(term) > 0;
  let best: string[] | undefined;
  let bestDf = 0;
  for (let cut = 2; cut <= term.length - 2; cut += 1) {
    const a = processTerm(term.slice(0, cut));
    const b = processTerm(term.slice(cut));
    if (!a || !b || (known && Math.min(a.length, b.length) > 3)) continue;
    const df = Math.min(vocab.df(a), vocab.df(b));
    if (df > bestDf) [best, bestDf] = [[a, b], df];
  }
  return best;
}

function terms(words: string[]): string[] {
  return words.map(processTerm).filter((t): t is string => !!t);
}

function segmentNode(segment: string, mode: Mode, vocab: Vocabulary): Query | null {
  const raw = fold(segment);
  const whole = processTerm(raw);
  const inner = piecesOf(segment);
  let parts = inner.length > 1 ? terms(inner) : undefined;
  // Rare words may be glued spellings ("kvcache" in one URL must not hide every "KV cache").
  if (!parts && whole && (vocab.glued(whole) || vocab.df(whole) < RARE_DF)) {
    parts = vocab.glued(whole) ?? vocabSplit(whole, vocab);
  }
  const alts: Query[] = [];
  // A word explained as glued parts is no typo: fuzzy would only add look-alikes of one part.
  if (whole) alts.push(leaf(whole, raw, mode, vocab, !parts || parts.length < 2));
  if (parts && parts.length > 1) {
    const last = parts.length - 1;
    alts.push(
      and(parts.map((p, i) => leaf(p, p, i === last && mode === 'typing' ? mode : 'exact', vocab))),
    );
  }
  return alts.length ? or(alts) : null;
}

/** The group of one query word; null when it holds only stopwords. */
export function wordNode(word: string, mode: Mode, vocab: Vocabulary): Query | null {
  const segments = segmentsOf(word).slice(0, MAX_GROUP_WORDS);
  const nodes: Query[] = [];
  segments.forEach((seg, i) => {
    const node = segmentNode(
      seg,
      i === segments.length - 1 ? mode : mode === 'exact' ? 'exact' : 'normal',
      vocab,
    );
    if (node) nodes.push(node);
  });
  if (!nodes.length) return null;
  const glued = segments.length === 2 ? indexedGlued(segments.join(''), vocab) : null;
  return glued ? or([and(nodes), leaf(glued, glued, 'exact', vocab)]) : and(nodes);
}

/** Two words' glued form when the corpus has it as one index term ("kv cache" -> kvcache). */
function indexedGlued(text: string, vocab: Vocabulary): string | null {
  const glued = processTerm(fold(text));
  return glued && vocab.df(glued) > 0 ? glued : null;
}

/** Required groups of the plain words and phrase words, adjacent glued pairs merged. */
export function requiredGroups(parsed: ParsedQuery, vocab: Vocabulary): Query[] {
  const groups: Query[] = [];
  const { terms: words, lastIsPrefix } = parsed;
  const modeOf = (i: number): Mode =>
    lastIsPrefix && i === words.length - 1 ? 'typing' : 'normal';
  for (let i = 0; i < words.length; i += 1) {
    const a = words[i]!;
    const b = words[i + 1];
    const glued = b !== undefined ? indexedGlued(a + b, vocab) : null;
    const na = wordNode(a, modeOf(i), vocab);
    if (glued && b !== undefined) {
      const nb = wordNode(b, modeOf(i + 1), vocab);
      const node = or([
        and([na, nb].filter((n): n is Query => !!n)),
        leaf(glued, glued, 'exact', vocab),
      ]);
      groups.push(labelled(node, `${a} ${b}`, modeOf(i + 1) === 'typing'));
      i += 1;
    } else if (na) groups.push(labelled(na, a, modeOf(i) === 'typing'));
  }
  parsed.phrases.forEach((phrase, p) => {
    const open = parsed.lastPhraseOpen && p === parsed.phrases.length - 1;
    // The index only pre-filters; the phrase check (phrase-filter.ts) still sees every word.
    const phraseWords = phrase.split(/\s+/).filter(Boolean).slice(0, MAX_GROUP_WORDS);
    phraseWords.forEach((w, i) => {
      const typing = open && i === phraseWords.length - 1;
      const node = wordNode(w, typing ? 'typing' : 'exact', vocab);
      if (node) groups.push(labelled(node, w, typing));
    });
  });
  return groups;
}

export function excludedGroups(parsed: ParsedQuery, vocab: Vocabulary): Query[] {
  return parsed.excluded.map((w) => wordNode(w, 'exact', vocab)).filter((n): n is Query => !!n);
}
