/**
 * "Related papers": tf-idf cosine over stemmed words, computed with an inverted index so the cost
 * grows with the number of documents times a fixed budget (kept terms × scanned postings), not
 * with the number of pairs. Results refer to documents by position in the input; the corpus
 * build maps them to slugs (RelatedPaper in types.ts).
 */
import { DEFAULT_OPTIONS, vectorsFromCounts } from './doc-vectors';
import type { DocVectors, RelatedOptions } from './doc-vectors';
import { sharedWords } from './shared-words';
import { TopK } from './top-k';
import { countTerms } from './term-counts';
import type { TermCounts } from './term-counts';

export interface RelatedByIndex {
  /** Position of the related document in the input array. */
  index: number;
  /** Words both documents use that drove the match, most informative first, as the first one writes them. */
  shared: string[];
}

/** Term t's postings are doc/weight[start[t] .. start[t+1]-1]: the strongest documents first. */
interface Postings {
  start: Int32Array;
  doc: Int32Array;
  weight: Float64Array;
}

function buildPostings(v: DocVectors, maxPostings: number): Postings {
  const byTerm: number[][] = Array.from({ length: v.termCount }, () => []);
  for (let e = 0; e < v.ids.length; e++) byTerm[v.ids[e] ?? 0]?.push(e);
  const docOf = new Int32Array(v.ids.length);
  for (let d = 0; d + 1 < v.start.length; d++) docOf.fill(d, v.start[d], v.start[d + 1]);
  const start = new Int32Array(v.termCount + 1);
  const doc: number[] = [];
  const weight: number[] = [];
  byTerm.forEach((entries, t) => {
    entries.sort((a, b) => (v.weights[b] ?? 0) - (v.weights[a] ?? 0) || a - b);
    for (const e of entries.slice(0, maxPostings)) {
      doc.push(docOf[e] ?? 0);
      weight.push(v.weights[e] ?? 0);
    }
    start[t + 1] = doc.length;
  });
  return { start, doc: Int32Array.from(doc), weight: Float64Array.from(weight) };
}

export function computeRelated(
  docs: readonly { title: string; abstract: string }[],
  k = 5,
  options: Partial<RelatedOptions> = {},
): RelatedByIndex[][] {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  return relatedFromCounts(countTerms(docs, opts.titleWeight), k, opts);
}

/**
 * The same from documents counted beforehand (TermCounter, with the same titleWeight), so a build
 * can count papers as they are produced.
 */
export function relatedFromCounts(
  counts: TermCounts,
  k = 5,
  options: Partial<RelatedOptions> = {},
): RelatedByIndex[][] {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const n = counts.docStart.length - 1;
  const v = vectorsFromCounts(counts, opts);
  const p = buildPostings(v, opts.maxPostings);
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const top = new TopK(k);
  const entryOfSelf = new Int32Array(v.termCount);
  const result: RelatedByIndex[][] = [];
  for (let self = 0; self < n; self++) {
    let nTouched = 0;
    const first = v.start[self] ?? 0;
    const last = v.start[self + 1] ?? 0;
    for (let e = first; e < last; e++) {
      const t = v.ids[e] ?? 0;
      const wa = v.weights[e] ?? 0;
      entryOfSelf[t] = e + 1;
      for (let i = p.start[t] ?? 0, stop = p.start[t + 1] ?? 0; i < stop; i++) {
        const other = p.doc[i] ?? self;
        if (other === self) continue;
        if (scores[other] === 0) touched[nTouched++] = other;
        scores[other] = (scores[other] ?? 0) + wa * (p.weight[i] ?? 0);
      }
    }
    top.clear();
    for (let i = 0; i < nTouched; i++) {
      const other = touched[i] ?? 0;
      top.offer(other, scores[other] ?? 0);
      scores[other] = 0;
    }
    result.push(
      top.items().map((index) => ({ index, shared: sharedWords(v, entryOfSelf, index) })),
    );
    for (let e = first; e < last; e++) entryOfSelf[v.ids[e] ?? 0] = 0;
  }
  return result;
}
