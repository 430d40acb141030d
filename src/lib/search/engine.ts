/**
 * Full-text search over title, name and abstract, on the compact index (index-data.ts).
 *
 * Decisions:
 * - Words combine with AND. When that matches nothing and there are several words, the search is
 *   retried with OR (`relaxed: true`), so a reader never hits a dead end because of one word;
 *   phrases and exclusions stay strict either way.
 * - Ranking: MiniSearch's BM25 (k=1, b=0.75, d=0.5) with field boosts name 4 > title 3 >
 *   abstract 1, times a title-coverage factor (below), so papers ABOUT a technique (named after
 *   it, or with it in the title) come before papers that mention it. On the reader queries of
 *   relevance.test.ts, k in 0.6..2 and b in 0.5..0.75 give the same ranks; the boosts and title
 *   coverage are what matter.
 * - Fuzzy only for words of 5+ letters the corpus (almost) never saw (see query-tree.ts): typos
 *   like "longfromer" find Longformer while correct words are not flooded with look-alikes.
 * - Prefix matching only for the word being typed (the last one, no trailing space).
 * - An empty query returns every paper in corpus order with score 0.
 * - Why not MiniSearch itself: its per-posting objects made queries 13–360 ms and loading 6–9 s at
 *   20k papers (see BENCHMARKS.md). This engine computes the same scores from typed arrays;
 *   minisearch-engine.ts is kept as the reference and engine-parity.test.ts compares the two.
 */
import type { Paper } from '../types';
import { evaluate, newScratch } from './evaluate';
import type { EvalContext } from './evaluate';
import { decodeIndex, encodeIndex } from './index-codec';
import { buildIndexData } from './index-build';
import type { IndexData } from './index-data';
import { phraseKeyCache } from './phrase-filter';
import type { ParsedQuery } from './query';
import { finalScores, matchedTermsOf, wildcardSet } from './rank-final';
import { isEmptyQuery } from './query';
import { excludedGroups, requiredGroups } from './query-tree';
import type { Query, Vocabulary } from './query-tree';
import { andSets, notSets, orSets } from './result-set';
import { VocabLookup } from './vocab-lookup';

export type SearchDoc = Pick<Paper, 'title' | 'name' | 'abstract'>;
/** Phrase keys (title, name, abstract) of a paper; see phrase-filter.ts. */
export type PhraseKeys = (id: number) => string[];

export interface SearchIndex {
  data: IndexData;
  vocab: VocabLookup;
  /** Texts for exact-phrase checks; without them phrases are checked on nothing and match nothing. */
  phraseKeys: PhraseKeys;
  /** Work arrays, allocated on the first query. */
  ctx?: EvalContext;
}

export interface EngineHit {
  id: number;
  score: number;
  /** Index terms that matched in this paper (for highlighting). */
  terms: string[];
}

export interface SearchResultSet {
  hits: EngineHit[];
  /** True when no paper matched all words and the OR fallback was used. */
  relaxed: boolean;
}

/** Matches in document order, with final scores; the caller ranks only what it shows. */
export interface CompactResult {
  size: number;
  docs: Uint32Array;
  scores: Float64Array;
  relaxed: boolean;
  /** Index terms that matched some result (for highlighting). */
  terms: string[];
}

export function indexFromData(data: IndexData, phraseKeys: PhraseKeys = () => []): SearchIndex {
  return { data, vocab: new VocabLookup(data.terms), phraseKeys };
}

export function createSearchIndex(papers: readonly SearchDoc[]): SearchIndex {
  return indexFromData(buildIndexData(papers), phraseKeyCache(papers));
}

export function vocabularyOf(index: SearchIndex): Vocabulary {
  return {
    df: (t) => {
      const id = index.vocab.id(t);
      return id < 0 ? 0 : (index.data.df[id] ?? 0);
    },
    glued: (t) => index.data.glued.get(t),
  };
}

function contextOf(index: SearchIndex): EvalContext {
  index.ctx ??= { data: index.data, vocab: index.vocab, scratch: newScratch(index.data.docCount) };
  // The abstract postings may have arrived since (progressive loading): read the current data.
  index.ctx.data = index.data;
  return index.ctx;
}

const EMPTY: CompactResult = { size: 0, docs: new Uint32Array(0), scores: new Float64Array(0), relaxed: false, terms: [] };

export function searchCompact(index: SearchIndex, parsed: ParsedQuery): CompactResult {
  const n = index.data.docCount;
  if (isEmptyQuery(parsed)) {
    const docs = new Uint32Array(n);
    for (let d = 0; d < n; d += 1) docs[d] = d;
    return { size: n, docs, scores: new Float64Array(n), relaxed: false, terms: [] };
  }
  const vocab = vocabularyOf(index);
  const required = requiredGroups(parsed, vocab);
  const excluded = excludedGroups(parsed, vocab);
  const ctx = contextOf(index);
  const { sets, leaves } = evaluate(ctx, [...required, ...excluded]);
  const groups = sets.slice(0, required.length);
  const exclude = sets.slice(required.length).reduce(orSets, wildcardSet(0));
  const collect = (and: boolean): CompactResult => {
    const main = groups.length ? groups.reduce(and ? andSets : orSets) : wildcardSet(n);
    const kept = finalScores(notSets(main, exclude), and, parsed, index.phraseKeys);
    if (!kept.size) return { ...EMPTY, relaxed: !and };
    const requiredLeaves = leaves.slice(0, leaves.length - countLeaves(excluded));
    return { ...kept, relaxed: !and, terms: matchedTermsOf(ctx, requiredLeaves, kept) };
  };
  const strict = collect(true);
  if (strict.size || required.length < 2) return strict;
  return collect(false);
}

function countLeaves(nodes: readonly (Query | string)[]): number {
  let n = 0;
  for (const node of nodes) n += typeof node === 'string' ? (node ? 1 : 0) : countLeaves(node.queries);
  return n;
}

/** Every match as a hit, best first (ties in corpus order), each with its matched terms. */
export function searchWithInfo(index: SearchIndex, parsed: ParsedQuery): SearchResultSet {
  const r = searchCompact(index, parsed);
  const termSets = perDocTerms(index, r);
  const hits: EngineHit[] = [];
  for (let i = 0; i < r.size; i += 1) {
    const id = r.docs[i]!;
    hits.push({ id, score: r.scores[i]!, terms: termSets.get(id) ?? [] });
  }
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return { hits, relaxed: r.relaxed };
}

function perDocTerms(index: SearchIndex, r: CompactResult): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!r.terms.length) return out;
  const member = new Set(r.docs.subarray(0, r.size));
  for (const term of r.terms) {
    const id = index.vocab.id(term);
    const seen = new Set<number>();
    for (const field of index.data.fields) {
      if (!field) continue;
      for (let i = field.start[id]!; i < field.start[id + 1]!; i += 1) {
        const doc = field.docs[i]!;
        if (!member.has(doc) || seen.has(doc)) continue;
        seen.add(doc);
        const list = out.get(doc);
        if (list) list.push(term);
        else out.set(doc, [term]);
      }
    }
  }
  return out;
}

export function searchIndex(index: SearchIndex, parsed: ParsedQuery): EngineHit[] {
  return searchWithInfo(index, parsed).hits;
}

export function serializeIndex(index: SearchIndex): Uint8Array {
  return encodeIndex(index.data);
}

/** Loads serializeIndex output; `papers` (same list, same order) gives the texts for phrases. */
export function loadIndex(bytes: Uint8Array, papers?: readonly SearchDoc[]): SearchIndex {
  const data = decodeIndex(bytes);
  return indexFromData(data, papers ? phraseKeyCache(papers) : undefined);
}
