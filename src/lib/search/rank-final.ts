/** Last steps of a search: final scores (MiniSearch's quality factor, title coverage), phrases, matched terms. */
import type { PhraseKeys } from './engine';
import { nextSerial } from './leaf-eval';
import type { EvalContext } from './leaf-eval';
import type { Leaf } from './query-plan';
import { phrasePredicate } from './phrase-filter';
import type { ParsedQuery } from './query';
import { popcount, queryTermsOf, sequence, termsOf, titleTermsOf } from './result-set';
import type { ResultSet } from './result-set';

/** Weight of title coverage: a full-coverage paper scores up to (1 + this) times its BM25 score. */
const TITLE_COVERAGE = 1;

/** Every document with score 1 and no terms (MiniSearch's wildcard). */
export function wildcardSet(n: number): ResultSet {
  return {
    size: n,
    docs: sequence(n),
    score: new Float64Array(n).fill(1),
    counts: new Uint32Array(n),
    masks: null,
  };
}

/**
 * MiniSearch multiplies a score by the number of query terms matched; under AND every group
 * matched, so that factor would only reward a paper for spelling a word several ways, and is
 * divided out. Title coverage: the share of the matched index terms found in the title or name.
 * A paper whose title holds all of "sparse attention" is about sparse attention; one titled
 * "X Attention" that says "sparse" in its abstract is less so, even if its abstract repeats both.
 */
export function finalScores(
  set: ResultSet,
  and: boolean,
  parsed: ParsedQuery,
  phraseKeys: PhraseKeys,
): { size: number; docs: Uint32Array; scores: Float64Array } {
  const phrases = phrasePredicate(parsed, phraseKeys);
  const docs = new Uint32Array(set.size);
  const scores = new Float64Array(set.size);
  const m = set.masks;
  let size = 0;
  for (let i = 0; i < set.size; i += 1) {
    const doc = set.docs[i]!;
    if (phrases && !phrases(doc)) continue;
    const c = set.counts[i]!;
    const q = queryTermsOf(c) + (m ? popcount(m.q[i]!) : 0);
    const d = termsOf(c) + (m ? popcount(m.d[i]!) : 0);
    const t = titleTermsOf(c) + (m ? popcount(m.t[i]!) : 0);
    const raw = set.score[i]! * (q || 1);
    const base = and ? raw / Math.max(1, q) : raw;
    docs[size] = doc;
    scores[size++] = base * (1 + TITLE_COVERAGE * (d ? t / d : 0));
  }
  return { size, docs, scores };
}

/** Index terms of the leaves that occur in at least one kept document. */
export function matchedTermsOf(
  ctx: EvalContext,
  leaves: readonly Leaf[],
  kept: { size: number; docs: Uint32Array },
): string[] {
  const s = ctx.scratch;
  const mark = nextSerial(s);
  for (let i = 0; i < kept.size; i += 1) s.leafMark[kept.docs[i]!] = mark;
  const inKept = (term: number) =>
    ctx.data.fields.some((f) => {
      if (!f) return false;
      for (let i = f.start[term]!; i < f.start[term + 1]!; i += 1)
        if (s.leafMark[f.docs[i]!] === mark) return true;
      return false;
    });
  const terms = new Set<number>();
  for (const leaf of leaves) for (const e of leaf.expansions) terms.add(e.term);
  const out: string[] = [];
  for (const term of terms) if (inKept(term)) out.push(ctx.data.terms[term]!);
  return out;
}
