/**
 * Shapes of the tagging rules. Rules are plain data (rules-*.ts) compiled once by compile-rules.ts.
 *
 * Phrase mini-syntax (see compilePhrase):
 * - a space matches a space, a hyphen or nothing: "kv cache" = "KV cache" / "KV-cache" / "KVcache";
 * - a trailing `*` on a word matches any word ending: "extrapolat*" = extrapolate, extrapolation…;
 * - `(a|b)` groups, `[sz]` classes and `?` work as in regular expressions; other characters are literal
 *   (`\\(` for a literal bracket);
 * - `~` is one optional extra word: "extend* ~ ~ context window" = "extending LLMs' context window";
 * - a leading `=` makes the phrase case-sensitive (for acronyms such as "=CoT" or "=CT");
 * - matches are whole words: the phrase never starts or ends inside a word.
 */

export interface PhraseSpec {
  /** Phrase in the mini-syntax above. */
  p: string;
  /** Weight of one occurrence before the sentence-context factor (default 1). */
  w?: number;
  /**
   * Only counts when none of these values (same group) were tagged by the other phrases,
   * e.g. a bare "language model" signals text only when no other modality was found.
   */
  unless?: string[];
  /** Set to false when the phrase already contains its own negation ("without attention"). */
  negatable?: boolean;
  /** Restricts the phrase to the title or the abstract. */
  field?: 'title' | 'abstract';
}

/** A phrase as written in the rule files: the bare string means weight 1. */
export type PhraseEntry = string | [phrase: string, weight: number] | PhraseSpec;

/** Adds weight when every phrase occurs in one sentence (or the title). */
interface CooccurrenceSpec {
  all: string[];
  w: number;
}

export interface ValueRule {
  /** Value id from taxonomy.json. */
  id: string;
  phrases: PhraseEntry[];
  /** A positive match that overlaps one of these is ignored ("video game" is not video). */
  not?: string[];
  cooccur?: CooccurrenceSpec[];
  /** Context factor for title matches, overriding the group default. */
  titleFactor?: number;
  /** Score needed to tag, overriding the group default. */
  threshold?: number;
}

export interface GroupRules {
  values: ValueRule[];
  /** Score needed to tag a value. */
  threshold: number;
  /**
   * Value tagged when no value of the group reaches its threshold but this one has any
   * evidence at all (e.g. text: a long-context paper with no other modality is about language).
   */
  fallback?: string;
}
