/**
 * Evaluates a query tree (query-tree.ts) on the compact index with MiniSearch's scoring: per leaf,
 * the exact term (weight 1), its prefix expansions (0.5 · len / (len + 0.3 · extra letters)) and
 * fuzzy neighbours (0.3 · len / (len + edits)); per term and field, BM25 (k 1, b 0.75, d 0.5) with
 * the field's own document frequency, times the field boost. Children combine as MiniSearch
 * combines them (result-set.ts).
 */
import { FIELD_BOOST, FIELD_COUNT, ABSTRACT } from './index-data';
import type { IndexData } from './index-data';
import type { Query } from './query-tree';
import { andSets, emptySet, notSets, orSets, QUERY_ONE, TERM_ONE, TITLE_ONE } from './result-set';
import type { ResultSet } from './result-set';
import type { VocabLookup } from './vocab-lookup';

const K = 1.0;
const B = 0.75;
const D = 0.5;
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.3;
const MAX_FUZZY = 2;
const MAX_BITS = 32;

interface Expansion {
  term: number;
  weight: number;
  /** Bit of a term several leaves share, or -1. */
  bit: number;
}

interface Leaf {
  source: string;
  expansions: Expansion[];
  sourceBit: number;
}

/** Reusable per-document work arrays, one set per index. */
export interface Scratch {
  acc: Float64Array;
  cnt: Uint32Array;
  md: Uint32Array;
  mt: Uint32Array;
  leafMark: Int32Array;
  termMark: Int32Array;
  titleMark: Int32Array;
  touched: Uint32Array;
  serial: number;
}

export function newScratch(n: number): Scratch {
  return {
    acc: new Float64Array(n),
    cnt: new Uint32Array(n),
    md: new Uint32Array(n),
    mt: new Uint32Array(n),
    leafMark: new Int32Array(n),
    termMark: new Int32Array(n),
    titleMark: new Int32Array(n),
    touched: new Uint32Array(n),
    serial: 0,
  };
}

export interface EvalContext {
  data: IndexData;
  vocab: VocabLookup;
  scratch: Scratch;
}

function expand(ctx: EvalContext, term: string, prefix: boolean, fuzzy: number | false): Expansion[] {
  const out: Expansion[] = [];
  const exact = ctx.vocab.id(term);
  if (exact >= 0) out.push({ term: exact, weight: 1, bit: -1 });
  const seen = new Set<number>();
  if (prefix) {
    for (const id of ctx.vocab.withPrefix(term)) {
      const len = ctx.data.terms[id]!.length;
      const distance = len - term.length;
      if (!distance) continue;
      seen.add(id);
      out.push({ term: id, weight: (PREFIX_WEIGHT * len) / (len + 0.3 * distance), bit: -1 });
    }
  }
  if (fuzzy) {
    const max = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
    if (max) {
      for (const [id, distance] of ctx.vocab.fuzzy(term, max)) {
        if (!distance || seen.has(id)) continue;
        const len = ctx.data.terms[id]!.length;
        out.push({ term: id, weight: (FUZZY_WEIGHT * len) / (len + distance), bit: -1 });
      }
    }
  }
  return out;
}

type Options = Pick<Query, 'combineWith' | 'prefix' | 'fuzzy'>;

/** Leaves in evaluation order; terms that appear in more than one leaf get a bit. */
function planLeaves(ctx: EvalContext, roots: Query[]): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (node: Query | string, opts: Options): void => {
    if (typeof node === 'string') {
      if (node) leaves.push({ source: node, expansions: expand(ctx, node, !!opts.prefix, opts.fuzzy ?? false), sourceBit: -1 });
      return;
    }
    const inherited = { ...opts, ...node };
    for (const child of node.queries) visit(child, inherited);
  };
  for (const root of roots) visit(root, {});
  const termUses = new Map<number, number>();
  const sourceUses = new Map<string, number>();
  for (const leaf of leaves) {
    sourceUses.set(leaf.source, (sourceUses.get(leaf.source) ?? 0) + 1);
    for (const e of leaf.expansions) termUses.set(e.term, (termUses.get(e.term) ?? 0) + 1);
  }
  const termBits = new Map<number, number>();
  for (const [term, uses] of termUses) if (uses > 1 && termBits.size < MAX_BITS) termBits.set(term, termBits.size);
  const sourceBits = new Map<string, number>();
  for (const [s, uses] of sourceUses) if (uses > 1 && sourceBits.size < MAX_BITS) sourceBits.set(s, sourceBits.size);
  for (const leaf of leaves) {
    leaf.sourceBit = sourceBits.get(leaf.source) ?? -1;
    for (const e of leaf.expansions) e.bit = termBits.get(e.term) ?? -1;
  }
  return leaves;
}

function evalLeaf(ctx: EvalContext, leaf: Leaf, withMasks: boolean): ResultSet {
  const { data, scratch: s } = ctx;
  const n = data.docCount;
  if (s.serial > 0x3fffffff) resetMarks(s);
  const leafSerial = ++s.serial;
  let touched = 0;
  for (const e of leaf.expansions) {
    const termSerial = ++s.serial;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const field = data.fields[f];
      if (!field) continue;
      const from = field.start[e.term]!;
      const to = field.start[e.term + 1]!;
      if (from === to) continue;
      const m = to - from;
      const idf = Math.log(1 + (n - m + 0.5) / (m + 0.5));
      const wb = e.weight * FIELD_BOOST[f]!;
      const avg = field.avgLength;
      const inTitle = f !== ABSTRACT;
      for (let i = from; i < to; i += 1) {
        const doc = field.docs[i]!;
        const tf = field.tfs[i]!;
        const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * field.lengths[doc]!) / avg)));
        const w = wb * raw;
        if (s.leafMark[doc] !== leafSerial) {
          s.leafMark[doc] = leafSerial;
          s.acc[doc] = w;
          s.cnt[doc] = 0;
          s.md[doc] = 0;
          s.mt[doc] = 0;
          s.touched[touched++] = doc;
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
  return gather(ctx, leaf, touched, leafSerial, withMasks);
}

function resetMarks(s: Scratch): void {
  s.leafMark.fill(0);
  s.termMark.fill(0);
  s.titleMark.fill(0);
  s.serial = 0;
}

/** The touched documents, ascending, as a ResultSet. */
function gather(ctx: EvalContext, leaf: Leaf, touched: number, leafSerial: number, withMasks: boolean): ResultSet {
  const { scratch: s, data } = ctx;
  let docs: Uint32Array;
  if (touched * 8 < data.docCount) docs = s.touched.slice(0, touched).sort();
  else {
    docs = new Uint32Array(touched);
    let k = 0;
    for (let d = 0; d < data.docCount; d += 1) if (s.leafMark[d] === leafSerial) docs[k++] = d;
  }
  const score = new Float64Array(touched);
  const counts = new Uint32Array(touched);
  const masks = withMasks ? { d: new Uint32Array(touched), t: new Uint32Array(touched), q: new Uint32Array(touched) } : null;
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

/** Evaluates trees in order (the caller combines them); returns the leaves' index terms too. */
export function evaluate(ctx: EvalContext, roots: Query[]): { sets: ResultSet[]; leaves: Leaf[] } {
  const leaves = planLeaves(ctx, roots);
  const withMasks = leaves.some((l) => l.sourceBit >= 0 || l.expansions.some((e) => e.bit >= 0));
  let next = 0;
  const run = (node: Query | string, opts: Options): ResultSet => {
    if (typeof node === 'string') return node ? evalLeaf(ctx, leaves[next++]!, withMasks) : emptySet();
    const inherited = { ...opts, ...node };
    const op = inherited.combineWith ?? 'OR';
    const results = node.queries.map((child) => run(child, inherited));
    if (!results.length) return emptySet();
    return results.reduce(op === 'AND' ? andSets : op === 'AND_NOT' ? notSets : orSets);
  };
  return { sets: roots.map((r) => run(r, {})), leaves };
}
