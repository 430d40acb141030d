/**
 * Sparse tf-idf vectors, pruned to each document's strongest terms, stored flat (CSR) so 100,000
 * documents fit in a few typed arrays instead of millions of small objects.
 */
import { countTerms } from './term-counts';
import type { TermCounts } from './term-counts';

export interface RelatedOptions {
  /** Terms kept per document: the rest add little and cost index time. */
  topTerms: number;
  /** A title word counts as this many abstract words: titles state the topic. */
  titleWeight: number;
  /** Terms in more than this share of documents are too common to relate papers. */
  maxDfFraction: number;
  /** Postings scanned per term, strongest first; bounds the cost of mid-frequency terms. */
  maxPostings: number;
}

export const DEFAULT_OPTIONS: RelatedOptions = {
  topTerms: 20,
  titleWeight: 3,
  maxDfFraction: 0.25,
  maxPostings: 64,
};

/** Document d's kept terms are entries start[d] .. start[d+1]-1, strongest first; weights are unit vectors. */
export interface DocVectors {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** How the document itself first wrote each kept term. */
  surfaces: string[];
  termCount: number;
}

export function buildVectors(
  docs: readonly { title: string; abstract: string }[],
  opts: RelatedOptions,
): DocVectors {
  return vectorsFromCounts(countTerms(docs, opts.titleWeight), opts);
}

/** The vectors of documents already counted (term-counts.ts), e.g. incrementally. */
export function vectorsFromCounts(c: TermCounts, opts: RelatedOptions): DocVectors {
  const n = c.docStart.length - 1;
  // A term in one document relates nothing; a term in most documents relates everything. In a
  // small corpus a quarter is only a few papers, so up to ten (but never all) are allowed.
  const maxDf = Math.max(2, Math.floor(opts.maxDfFraction * n), Math.min(n - 1, 10));
  const start = new Int32Array(n + 1);
  const ids: number[] = [];
  const weights: number[] = [];
  const surfaces: string[] = [];
  const score = new Float64Array(c.term.length);
  let order: number[] = [];
  for (let d = 0; d < n; d++) {
    order = [];
    for (let e = c.docStart[d] ?? 0, end = c.docStart[d + 1] ?? 0; e < end; e++) {
      const f = c.df[c.term[e] ?? 0] ?? 0;
      const tf = c.tf[e] ?? 0;
      if (f < 2 || f > maxDf || !(tf > 0)) continue;
      score[e] = (1 + Math.log(tf)) * Math.log(1 + n / f);
      order.push(e);
    }
    order.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || (c.term[a] ?? 0) - (c.term[b] ?? 0));
    const kept = order.slice(0, opts.topTerms);
    const norm = Math.sqrt(kept.reduce((sum, e) => sum + (score[e] ?? 0) ** 2, 0)) || 1;
    for (const e of kept) {
      ids.push(c.term[e] ?? 0);
      weights.push((score[e] ?? 0) / norm);
      surfaces.push(c.words[c.word[e] ?? 0] ?? '');
    }
    start[d + 1] = ids.length;
  }
  return {
    start,
    ids: Int32Array.from(ids),
    weights: Float64Array.from(weights),
    surfaces,
    termCount: c.termCount,
  };
}
