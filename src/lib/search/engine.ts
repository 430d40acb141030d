/**
 * Full-text search over title, name, abstract and authors, on the compact index (index-data.ts).
 *
 * Decisions:
 * - Words combine with AND. When that matches nothing and there are several words, the search is
 *   retried with OR (`relaxed: true`), so a reader never hits a dead end because of one word;
 *   phrases and exclusions stay strict either way.
 * - Ranking: MiniSearch's BM25 (k=1, b=0.75, d=0.5), field boosts name 4 > title 3 > authors 2 >
 *   abstract 1, times a title-coverage factor (below; not authors), so papers ABOUT a technique
 *   (named after it, or with it in the title) come before papers that mention it. On the reader
 *   queries of relevance.test.ts, k in 0.6..2 and b in 0.5..0.75 give the same ranks; the boosts
 *   and title coverage are what matter.
 * - Fuzzy only for words of 5+ letters the corpus (almost) never saw (see query-tree.ts): typos
 *   like "longfromer" find Longformer while correct words are not flooded with look-alikes.
 * - Prefix matching only for the word being typed (the last one, no trailing space).
 * - An empty query returns every paper in corpus order with score 0.
 * - Why not MiniSearch itself: its per-posting objects made queries 13–360 ms and loading 6–9 s at
 *   20k papers (see BENCHMARKS.md). This engine computes the same scores from typed arrays;
 *   src/testing/minisearch-engine.ts is kept as the reference and engine-parity.test.ts compares
 *   the two.
 */
import { relaxedOr, strictAnd, withoutExcluded } from './and-groups';
import { newContext } from './leaf-eval';
import type { EvalContext } from './leaf-eval';
import { decodeIndex } from './index-codec';
import { buildIndexData } from './index-build';
import type { IndexData, SearchDoc } from './index-data';
import { phraseKeyCache } from './phrase-filter';
import type { ParsedQuery } from './query';
import { finalScores, matchedTermsOf, wildcardSet } from './rank-final';
import { unranked } from './result-set';
import { isEmptyQuery } from './query';
import { excludedGroups, requiredGroups } from './query-tree';
import type { Vocabulary } from './query-tree';
import { planQuery } from './query-plan';
import { queryNotes } from './query-notes';
import type { CorrectionCache, QueryNotes } from './query-notes';
import { termId } from './vocab-lookup';

/** Phrase keys (one per field) of a paper; see phrase-filter.ts. */
export type PhraseKeys = (id: number) => string[];

export interface SearchIndex {
  data: IndexData;
  /** Texts for exact-phrase checks; without them phrases are checked on nothing and match nothing. */
  phraseKeys: PhraseKeys;
  /** Work arrays, allocated on the first query. */
  ctx?: EvalContext;
  /** Corrections of misspelt words already looked up (query-notes.ts). */
  corrections: CorrectionCache;
}

/** Matches in document order, with final scores; the caller ranks only what it shows. */
export interface CompactResult {
  size: number;
  docs: Uint32Array;
  scores: Float64Array;
  relaxed: boolean;
  /** Index terms that matched some result (for highlighting). */
  terms: string[];
  /** Words that matched nothing or only as other spellings, the OR fallback: what to tell the reader. */
  notes?: QueryNotes;
}

export function indexFromData(data: IndexData, phraseKeys: PhraseKeys = () => []): SearchIndex {
  return { data, phraseKeys, corrections: new Map() };
}

export function createSearchIndex(papers: readonly SearchDoc[]): SearchIndex {
  return indexFromData(buildIndexData(papers), phraseKeyCache(papers));
}

function vocabularyOf(index: SearchIndex): Vocabulary {
  return {
    df: (t) => {
      const id = termId(index.data.terms, t);
      return id < 0 ? 0 : (index.data.df[id] ?? 0);
    },
    glued: (t) => index.data.glued.get(t),
  };
}

function contextOf(index: SearchIndex): EvalContext {
  index.ctx ??= newContext(index.data);
  // The abstract postings may have arrived since (progressive loading): read the current data.
  index.ctx.data = index.data;
  return index.ctx;
}

export function searchCompact(index: SearchIndex, parsed: ParsedQuery): CompactResult {
  const n = index.data.docCount;
  if (isEmptyQuery(parsed)) return unranked(n);
  const vocab = vocabularyOf(index);
  const plan = planQuery(index.data, requiredGroups(parsed, vocab), excludedGroups(parsed, vocab));
  const ctx = contextOf(index);
  const requiredLeaves = plan.leaves.slice(0, plan.rootStart[plan.required]);
  const collect = (and: boolean): CompactResult => {
    const main = !plan.required
      ? wildcardSet(n)
      : and
        ? strictAnd(ctx, plan)
        : relaxedOr(ctx, plan);
    const kept = finalScores(withoutExcluded(ctx, plan, main), and, parsed, index.phraseKeys);
    const terms = kept.size ? matchedTermsOf(ctx, requiredLeaves, kept) : [];
    return { ...kept, relaxed: !and, terms };
  };
  const strict = collect(true);
  const result = strict.size || plan.required < 2 ? strict : collect(false);
  const notes = queryNotes(index.data, plan, result.relaxed, index.corrections, parsed.terms);
  return notes ? { ...result, notes } : result;
}

/** Loads encodeIndex output (index.bin); `papers` (same list, same order) gives the texts for phrases. */
export function loadIndex(bytes: Uint8Array, papers?: readonly SearchDoc[]): SearchIndex {
  return indexFromData(decodeIndex(bytes), papers && phraseKeyCache(papers));
}
