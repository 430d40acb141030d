/**
 * Resolves the leaves of query trees to index terms with MiniSearch's weights: the exact term
 * (1), prefix expansions (0.5 · len / (len + 0.3 · extra letters)), fuzzy neighbours
 * (0.3 · len / (len + edits)); a term found both ways counts as a prefix match.
 */
import type { IndexData } from './index-data';
import type { Query } from './query-tree';
import { fuzzyTerms, termId, withPrefix } from './vocab-lookup';

const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.3;
const MAX_FUZZY = 2;
const MAX_BITS = 32;

interface Expansion {
  term: number;
  weight: number;
  /** Bit of a term several leaves share (see result-set.ts), or -1. */
  bit: number;
}

export interface Leaf {
  source: string;
  expansions: Expansion[];
  sourceBit: number;
  /** Some expansion is the term itself or a prefix expansion, not a fuzzy neighbour. */
  literal: boolean;
}

export interface Plan {
  /** The required roots, then the excluded ones. */
  roots: Query[];
  /** How many roots are required. */
  required: number;
  /** Leaves of every root, in evaluation order. */
  leaves: Leaf[];
  /** First leaf of each root (and, last, the total). */
  rootStart: number[];
  /** Some term is shared by several leaves: results carry masks. */
  withMasks: boolean;
}

type Options = Pick<Query, 'combineWith' | 'prefix' | 'fuzzy'>;

function expand(
  data: IndexData,
  term: string,
  prefix: boolean,
  fuzzy: number | false,
): Pick<Leaf, 'expansions' | 'literal'> {
  const out: Expansion[] = [];
  const exact = termId(data.terms, term);
  if (exact >= 0) out.push({ term: exact, weight: 1, bit: -1 });
  const seen = new Set<number>();
  if (prefix) {
    for (const id of withPrefix(data.terms, term)) {
      const len = data.terms[id]!.length;
      const distance = len - term.length;
      if (!distance) continue;
      seen.add(id);
      out.push({ term: id, weight: (PREFIX_WEIGHT * len) / (len + 0.3 * distance), bit: -1 });
    }
  }
  const literal = out.length > 0;
  if (fuzzy) {
    const max = Math.min(MAX_FUZZY, Math.round(term.length * fuzzy));
    for (const [id, distance] of fuzzyTerms(data.terms, term, max)) {
      if (!distance || seen.has(id)) continue;
      const len = data.terms[id]!.length;
      out.push({ term: id, weight: (FUZZY_WEIGHT * len) / (len + distance), bit: -1 });
    }
  }
  return { expansions: out, literal };
}

/** Walks a node as MiniSearch does: children inherit options they do not set. */
function forEachLeaf(
  node: Query | string,
  opts: Options,
  visit: (term: string, opts: Options) => void,
): void {
  if (typeof node === 'string') return visit(node, opts);
  const inherited = { ...opts, ...node };
  for (const child of node.queries) forEachLeaf(child, inherited, visit);
}

/** Bits for the keys used more than once (at most 32): a document counts each of them once. */
function sharedBits<K>(uses: Map<K, number>): Map<K, number> {
  const bits = new Map<K, number>();
  for (const [k, n] of uses) if (n > 1 && bits.size < MAX_BITS) bits.set(k, bits.size);
  return bits;
}

export function planQuery(data: IndexData, required: Query[], excluded: Query[]): Plan {
  const roots = [...required, ...excluded];
  const leaves: Leaf[] = [];
  const rootStart: number[] = [];
  for (const root of roots) {
    rootStart.push(leaves.length);
    forEachLeaf(root, {}, (term, opts) => {
      const found = expand(data, term, !!opts.prefix, opts.fuzzy ?? false);
      leaves.push({ source: term, ...found, sourceBit: -1 });
    });
  }
  rootStart.push(leaves.length);
  const termUses = new Map<number, number>();
  const sourceUses = new Map<string, number>();
  for (const leaf of leaves) {
    sourceUses.set(leaf.source, (sourceUses.get(leaf.source) ?? 0) + 1);
    for (const e of leaf.expansions) termUses.set(e.term, (termUses.get(e.term) ?? 0) + 1);
  }
  const termBits = sharedBits(termUses);
  const sourceBits = sharedBits(sourceUses);
  for (const leaf of leaves) {
    leaf.sourceBit = sourceBits.get(leaf.source) ?? -1;
    for (const e of leaf.expansions) e.bit = termBits.get(e.term) ?? -1;
  }
  const withMasks = termBits.size > 0 || sourceBits.size > 0;
  return { roots, required: required.length, leaves, rootStart, withMasks };
}

/** Upper bound of the documents a root can match: the sum of its terms' document counts. */
export function rootCost(data: IndexData, plan: Plan, root: number): number {
  let cost = 0;
  for (let l = plan.rootStart[root]!; l < plan.rootStart[root + 1]!; l += 1) {
    for (const e of plan.leaves[l]!.expansions) cost += data.df[e.term] ?? 0;
  }
  return cost;
}
