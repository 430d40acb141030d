/**
 * REFERENCE ENGINE, not used by the app: full-text search with MiniSearch itself. engine.ts
 * computes the same ranking on a compact index; engine-parity.test.ts compares the two, and the
 * benchmark notes (BENCHMARKS.md) keep the figures of why MiniSearch was replaced at scale.
 *
 * Decisions:
 * - Words combine with AND. When that matches nothing and there are several words, the search is
 *   retried with OR (`relaxed: true`), so a reader never hits a dead end because of one word;
 *   phrases and exclusions stay strict either way.
 * - Ranking: field boosts name 4 > title 3 > abstract 1, times a title-coverage factor (below),
 *   so papers ABOUT a technique (named after it, or with it in the title) come before papers
 *   that mention it. BM25 k=1 (term frequency saturates: ten mentions are not ten times as
 *   relevant), b=0.75. On the reader queries of relevance.test.ts, k in 0.6..2 and b in 0.5..0.75
 *   give the same ranks; the boosts and title coverage are what matter.
 * - Fuzzy only for words of 5+ letters the corpus (almost) never saw (see query-tree.ts): typos
 *   like "longfromer" find Longformer while correct words are not flooded with look-alikes.
 * - Prefix matching only for the word being typed (the last one, no trailing space).
 * - An empty query returns every paper in corpus order with score 0.
 */
import MiniSearch from 'minisearch';
import type { Options, Query, SearchOptions } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import type { SearchDoc } from '../lib/search/index-data';
import { phraseKeyCache, phrasePredicate } from '../lib/search/phrase-filter';
import type { ParsedQuery } from '../lib/search/query';
import { isEmptyQuery } from '../lib/search/query';
import { excludedGroups, requiredGroups } from '../lib/search/query-tree';
import type { Query as TreeQuery, Vocabulary } from '../lib/search/query-tree';
import { processTerm } from '../lib/search/stem';
import { chunksOf, chunkTokens } from '../lib/search/tokenize';
import type { EngineHit, SearchResultSet } from './ranked-hits';

const FIELDS = ['title', 'name', 'abstract', 'authors'] as const;
/** A paper as MiniSearch indexes it: every field one string. */
type MiniDoc = Record<(typeof FIELDS)[number], string> & { id: number };

/** Weight of title coverage: a full-coverage paper scores up to (1 + this) times its BM25 score. */
const TITLE_COVERAGE = 1;
const WILDCARD: Query = MiniSearch.wildcard;
// The tree format is MiniSearch's own (query-tree.ts).
const asQueries = (nodes: TreeQuery[]): Query[] => nodes as Query[];

export interface MiniIndex {
  mini: MiniSearch<MiniDoc>;
  docs: readonly SearchDoc[];
  df: Map<string, number>;
  glued: Map<string, string[]>;
  /** Phrase keys (one per field) of a paper, cached. */
  phraseKeys: (id: number) => string[];
}

const MINI_OPTIONS: Options<MiniDoc> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text) => chunksOf(text).flatMap((chunk) => chunkTokens(chunk).tokens),
  processTerm,
};

const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, name: 4, abstract: 1, authors: 2 },
  weights: { fuzzy: 0.3, prefix: 0.5 },
  maxFuzzy: 2,
  bm25: { k: 1.0, b: 0.75, d: 0.5 },
  // Query trees carry processed terms already.
  tokenize: (s) => [s],
  processTerm: (t) => t,
};

/** Optimal string alignment distance: a swap of neighbouring letters is one edit. Plain full matrix. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i]!;
      row[j] = Math.min(
        d[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * MiniSearch's fuzzy lookup is Levenshtein; the app counts a swap of neighbouring letters as one
 * edit (vocab-lookup.ts fuzzyTerms). The reference does the same, by brute force over every term.
 */
function withTranspositions<T>(mini: MiniSearch<T>): MiniSearch<T> {
  const terms = (mini as unknown as { _index: SearchableMap<unknown> })._index;
  terms.fuzzyGet = (key: string, max: number) => {
    const out = new Map<string, [unknown, number]>();
    for (const [term, data] of terms) {
      const distance = osaDistance(term, key);
      if (distance <= max) out.set(term, [data, distance]);
    }
    return out;
  };
  return mini;
}

function vocabulary(index: MiniIndex): Vocabulary {
  return { df: (t) => index.df.get(t) ?? 0, glued: (t) => index.glued.get(t) };
}

export function createMiniIndex(papers: readonly SearchDoc[]): MiniIndex {
  const df = new Map<string, number>();
  const glued = new Map<string, string[]>();
  let seen = new Set<string>();
  const mini = new MiniSearch<MiniDoc>({
    ...MINI_OPTIONS,
    tokenize: (text) =>
      chunksOf(text).flatMap((chunk) => {
        const { tokens, glued: forms } = chunkTokens(chunk);
        for (const [g, parts] of forms) {
          const key = processTerm(g);
          const terms = parts.map(processTerm).filter((t): t is string => !!t);
          if (key && terms.length > 1 && !glued.has(key)) glued.set(key, terms);
        }
        return tokens;
      }),
    processTerm: (t) => {
      const term = processTerm(t);
      if (term) seen.add(term);
      return term;
    },
  });
  papers.forEach((p, id) => {
    seen = new Set();
    const authors = p.authors?.join(' · ') ?? '';
    mini.add({ id, title: p.title, name: p.name ?? '', abstract: p.abstract, authors });
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  });
  // Only glued forms that also occur as index terms need rewriting at query time.
  for (const key of glued.keys()) if (!df.has(key)) glued.delete(key);
  return {
    mini: withTranspositions(mini),
    docs: papers,
    df,
    glued,
    phraseKeys: phraseKeyCache(papers),
  };
}

/**
 * Share of the matched words that appear in the title or name. A paper whose title holds all of
 * "sparse attention" is about sparse attention; one titled "X Attention" that says "sparse" in its
 * abstract is less so, even if its abstract repeats both words more.
 */
function titleCoverage(match: Record<string, string[]>): number {
  const terms = Object.values(match);
  if (!terms.length) return 0;
  return (
    terms.filter((fields) => fields.includes('title') || fields.includes('name')).length /
    terms.length
  );
}

function run(index: MiniIndex, required: Query[], excluded: Query[], combineWith: 'AND' | 'OR') {
  const main: Query = required.length ? { combineWith, queries: required } : WILDCARD;
  const query: Query = excluded.length
    ? { combineWith: 'AND_NOT', queries: [main, ...excluded] }
    : main;
  return index.mini.search(query, SEARCH_OPTIONS);
}

export function miniSearchWithInfo(index: MiniIndex, parsed: ParsedQuery): SearchResultSet {
  if (isEmptyQuery(parsed)) {
    return { hits: index.docs.map((_, id) => ({ id, score: 0, terms: [] })), relaxed: false };
  }
  const vocab = vocabulary(index);
  const required = asQueries(requiredGroups(parsed, vocab));
  const excluded = asQueries(excludedGroups(parsed, vocab));
  const phrases = phrasePredicate(parsed, index.phraseKeys);
  const collect = (combineWith: 'AND' | 'OR'): EngineHit[] => {
    const hits: EngineHit[] = [];
    for (const r of run(index, required, excluded, combineWith)) {
      const id = r.id as number;
      if (phrases && !phrases(id)) continue;
      // MiniSearch multiplies by the number of query terms matched; under AND every group
      // matched, so that factor would only reward a paper for spelling a word several ways.
      const base = combineWith === 'AND' ? r.score / Math.max(1, r.queryTerms.length) : r.score;
      hits.push({
        id,
        score: base * (1 + TITLE_COVERAGE * titleCoverage(r.match)),
        terms: r.terms,
      });
    }
    // MiniSearch skips sorting wildcard results; keep ties in corpus order either way.
    return hits.sort((a, b) => b.score - a.score || a.id - b.id);
  };
  const hits = collect('AND');
  if (hits.length || required.length < 2) return { hits, relaxed: false };
  return { hits: collect('OR'), relaxed: true };
}
