/**
 * Scores one leaf of a query: per index term and field, BM25 (k 1, b 0.75, d 0.5, MiniSearch's
 * formula with the field's own document frequency) times the term weight and field boost,
 * accumulated per document in reusable dense arrays, then gathered into a ResultSet.
 */
import { FIELD_BOOST, FIELD_COUNT, NAME, TITLE } from './index-data';
import type { FieldPostings, IndexData } from './index-data';
import type { Leaf } from './query-plan';
import { QUERY_ONE, TERM_ONE, TITLE_ONE } from './result-set';
import type { ResultSet } from './result-set';

const K = 1.0;
const B = 0.75;
const D = 0.5;

/** Reusable per-document work arrays. Marks hold serial numbers, so nothing is cleared per query. */
function newScratch(n: number) {
  return {
    acc: new Float64Array(n),
    cnt: new Uint32Array(n),
    md: new Uint32Array(n),
    mt: new Uint32Array(n),
    leafMark: new Int32Array(n),
    termMark: new Int32Array(n),
    titleMark: new Int32Array(n),
    allowMark: new Int32Array(n),
    serial: 0,
  };
}
type Scratch = ReturnType<typeof newScratch>;

export interface EvalContext {
  data: IndexData;
  scratch: Scratch;
  /** k·(1 − b + b·length/average) per field and document: the same doubles MiniSearch computes. */
  norms: WeakMap<FieldPostings, Float64Array>;
  /** The AND of the last query's roots but its last, on `data` (and-groups.ts strictAnd). */
  leading?: { key: string; data: IndexData; set: ResultSet };
}

export function newContext(data: IndexData): EvalContext {
  return { data, scratch: newScratch(data.docCount), norms: new WeakMap() };
}

/** A fresh serial number; marks are reset before the counter could wrap. */
export function nextSerial(s: Scratch): number {
  if (s.serial > 0x3fffffff) {
    for (const m of [s.leafMark, s.termMark, s.titleMark, s.allowMark]) m.fill(0);
    s.serial = 0;
  }
  return ++s.serial;
}

function normsOf(ctx: EvalContext, field: FieldPostings): Float64Array {
  let norms = ctx.norms.get(field);
  if (!norms) {
    norms = new Float64Array(field.lengths.length);
    const avg = field.avgLength;
    for (let d = 0; d < norms.length; d += 1)
      norms[d] = K * (1 - B + (B * field.lengths[d]!) / avg);
    ctx.norms.set(field, norms);
  }
  return norms;
}

/** Restricts later leaf evaluations to `docs`; returns the mark to pass as `allow`. */
export function allowOnly(ctx: EvalContext, docs: Uint32Array, size: number): number {
  const serial = nextSerial(ctx.scratch);
  for (let i = 0; i < size; i += 1) ctx.scratch.allowMark[docs[i]!] = serial;
  return serial;
}

/** Scores a leaf; with `allow` (see allowOnly), only the documents so marked. */
export function evalLeaf(ctx: EvalContext, leaf: Leaf, withMasks: boolean, allow = 0): ResultSet {
  const { data, scratch: s } = ctx;
  const n = data.docCount;
  const leafSerial = nextSerial(s);
  let touched = 0;
  for (const e of leaf.expansions) {
    const termSerial = nextSerial(s);
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const field = data.fields[f];
      if (!field) continue;
      const from = field.start[e.term]!;
      const to = field.start[e.term + 1]!;
      if (from === to) continue;
      const m = to - from;
      const idf = Math.log(1 + (n - m + 0.5) / (m + 0.5));
      const wb = e.weight * FIELD_BOOST[f]!;
      const norms = normsOf(ctx, field);
      const inTitle = f === TITLE || f === NAME;
      for (let i = from; i < to; i += 1) {
        const doc = field.docs[i]!;
        if (allow && s.allowMark[doc] !== allow) continue;
        const tf = field.tfs[i]!;
        const w = wb * (idf * (D + (tf * (K + 1)) / (tf + norms[doc]!)));
        if (s.leafMark[doc] !== leafSerial) {
          s.leafMark[doc] = leafSerial;
          s.acc[doc] = w;
          s.cnt[doc] = 0;
          s.md[doc] = 0;
          s.mt[doc] = 0;
          touched += 1;
        } else s.acc[doc] = s.acc[doc]! + w;
        if (s.termMark[doc] !== termSerial) {
          s.termMark[doc] = termSerial;
          if (e.bit < 0) s.cnt[doc] = s.cnt[doc]! + TERM_ONE;
          else s.md[doc] = s.md[doc]! | (1 << e.bit);
        }
        if (inTitle && s.titleMark[doc] !== termSerial) {
          s.titleMark[doc] = termSerial;
          if (e.bit < 0) s.cnt[doc] = s.cnt[doc]! + TITLE_ONE;
          else s.mt[doc] = s.mt[doc]! | (1 << e.bit);
        }
      }
    }
  }
  // The touched documents, ascending (one pass over the marks), as a ResultSet.
  const docs = new Uint32Array(touched);
  for (let d = 0, k = 0; k < touched; d += 1) if (s.leafMark[d] === leafSerial) docs[k++] = d;
  const score = new Float64Array(touched);
  const counts = new Uint32Array(touched);
  const masks = withMasks
    ? { d: new Uint32Array(touched), t: new Uint32Array(touched), q: new Uint32Array(touched) }
    : null;
  const q = leaf.sourceBit < 0 ? QUERY_ONE : 0;
  const qBit = leaf.sourceBit < 0 ? 0 : 1 << leaf.sourceBit;
  for (let i = 0; i < touched; i += 1) {
    const doc = docs[i]!;
    score[i] = s.acc[doc]!;
    counts[i] = s.cnt[doc]! + q;
    if (masks) {
      masks.d[i] = s.md[doc]!;
      masks.t[i] = s.mt[doc]!;
      masks.q[i] = qBit;
    }
  }
  return { size: touched, docs, score, counts, masks };
}
