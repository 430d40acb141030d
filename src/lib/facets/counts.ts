/**
 * Facet filtering with disjunctive counts, fast enough for 100k candidates.
 *
 * Each paper's values are precomputed as one 32-bit mask per group (bit i = i-th value in
 * taxonomy order), so filtering and counting are bit operations, not string lookups.
 * Semantics (contract.md): OR within a group, AND across groups. The count of value v in group g
 * is the number of candidates that pass every OTHER group's selection and have v (disjunctive
 * counts: what v alone would give in g, whatever else g has ticked).
 */
import type { FacetGroup, Paper } from '../types';
import { FACET_GROUPS } from '../types';
import { facetOrder, TAXONOMY } from '../taxonomy';
import type { Taxonomy } from '../taxonomy';

export interface FacetMatrix {
  size: number;
  /** Value ids per group; bit i of a mask stands for ids[group][i]. */
  ids: Record<FacetGroup, readonly string[]>;
  masks: Record<FacetGroup, Uint32Array>;
}

/**
 * Per group and value: how many results ticking that value would give (disjunctive counts); per
 * year ("2023"), how many results under every filter but the years' are dated in it.
 */
export type FacetCounts = Record<FacetGroup, Record<string, number>> & {
  year?: Record<string, number>;
};

/** Papers per year of their dated key (year × 12 + month, NaN when undated). */
export function yearCounts(posted: Float64Array, ids: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < ids.length; i += 1) {
    const key = posted[ids[i]!]!;
    if (Number.isNaN(key)) continue;
    const year = Math.floor(key / 12);
    out[year] = (out[year] ?? 0) + 1;
  }
  return out;
}

export type FacetSelection = Partial<Record<FacetGroup, readonly string[]>>;
export type FacetsOf = (id: number) => Partial<Record<FacetGroup, readonly string[]>>;

const MAX_VALUES = 32;

/** Builds the matrix from any source of facet ids; ids not in `order` are ignored. */
export function matrixFrom(
  size: number,
  facetsOf: FacetsOf,
  order: Record<FacetGroup, readonly string[]>,
): FacetMatrix {
  const masks = {} as Record<FacetGroup, Uint32Array>;
  for (const g of FACET_GROUPS) {
    if (order[g].length > MAX_VALUES) {
      throw new Error(
        `facets: group "${g}" has ${order[g].length} values; at most ${MAX_VALUES} fit a mask`,
      );
    }
    masks[g] = new Uint32Array(size);
  }
  const bits = bitIndex(order);
  for (let id = 0; id < size; id += 1) {
    const facets = facetsOf(id);
    for (const g of FACET_GROUPS) masks[g][id] = maskOf(facets[g] ?? [], bits[g]);
  }
  return { size, ids: order, masks };
}

/** The matrix of a corpus, from each paper's tags, in taxonomy order. */
export function buildFacetMatrix(
  papers: readonly Pick<Paper, 'tags'>[],
  taxonomy: Taxonomy = TAXONOMY,
): FacetMatrix {
  const order = facetOrder(taxonomy);
  return matrixFrom(
    papers.length,
    (id) => {
      const tags = papers[id]?.tags;
      return {
        technique: tags?.technique.map((t) => t.id) ?? [],
        modality: tags?.modality.map((t) => t.id) ?? [],
        contribution: tags?.contribution ? [tags.contribution.id] : [],
        topic: tags?.topic?.map((t) => t.id) ?? [],
      };
    },
    order,
  );
}

function bitIndex(
  order: Record<FacetGroup, readonly string[]>,
): Record<FacetGroup, Map<string, number>> {
  const out = {} as Record<FacetGroup, Map<string, number>>;
  for (const g of FACET_GROUPS) out[g] = new Map(order[g].map((id, i) => [id, i]));
  return out;
}

function maskOf(ids: readonly string[], bits: Map<string, number>): number {
  let mask = 0;
  for (const id of ids) {
    const bit = bits.get(id);
    if (bit !== undefined) mask |= 1 << bit;
  }
  return mask >>> 0;
}

function addBits(mask: number, counts: Int32Array): void {
  let m = mask;
  while (m !== 0) {
    const low = m & -m;
    counts[31 - Math.clz32(low)]! += 1;
    m = (m ^ low) >>> 0;
  }
}

/**
 * Keeps the candidates (in their order, as ids[0..size)) that pass the selection, and counts
 * values disjunctively. Unknown ids in the selection are ignored, as the contract asks. At 100k
 * candidates this runs once per keystroke: the four groups are unrolled on purpose.
 */
export function filterIds(
  candidates: ArrayLike<number>,
  matrix: FacetMatrix,
  selection: FacetSelection,
): { ids: Uint32Array; size: number; counts: FacetCounts } {
  const [gt, gm, gc, gp] = FACET_GROUPS as [FacetGroup, FacetGroup, FacetGroup, FacetGroup];
  const bits = bitIndex(matrix.ids);
  const wt = maskOf(selection[gt] ?? [], bits[gt]);
  const wm = maskOf(selection[gm] ?? [], bits[gm]);
  const wc = maskOf(selection[gc] ?? [], bits[gc]);
  const wp = maskOf(selection[gp] ?? [], bits[gp]);
  const mt = matrix.masks[gt];
  const mm = matrix.masks[gm];
  const mc = matrix.masks[gc];
  const mp = matrix.masks[gp];
  const tt = new Int32Array(MAX_VALUES);
  const tm = new Int32Array(MAX_VALUES);
  const tc = new Int32Array(MAX_VALUES);
  const tp = new Int32Array(MAX_VALUES);
  const out = new Uint32Array(candidates.length);
  let size = 0;
  for (let c = 0; c < candidates.length; c += 1) {
    const id = candidates[c]!;
    const a = mt[id] ?? 0;
    const b = mm[id] ?? 0;
    const d = mc[id] ?? 0;
    const e = mp[id] ?? 0;
    const fa = wt !== 0 && (a & wt) === 0 ? 1 : 0;
    const fb = wm !== 0 && (b & wm) === 0 ? 1 : 0;
    const fd = wc !== 0 && (d & wc) === 0 ? 1 : 0;
    const fe = wp !== 0 && (e & wp) === 0 ? 1 : 0;
    const failed = fa + fb + fd + fe;
    if (failed === 0) {
      out[size++] = id;
      addBits(a, tt);
      addBits(b, tm);
      addBits(d, tc);
      addBits(e, tp);
    } else if (failed === 1) {
      // Only its own group keeps it out: ticking one of its values there would let it in.
      if (fa) addBits(a, tt);
      else if (fb) addBits(b, tm);
      else if (fd) addBits(d, tc);
      else addBits(e, tp);
    }
  }
  const counts = {} as FacetCounts;
  [tt, tm, tc, tp].forEach((tally, gi) => {
    const g = FACET_GROUPS[gi]!;
    counts[g] = Object.fromEntries(matrix.ids[g].map((id, i) => [id, tally[i]!]));
  });
  return { ids: out, size, counts };
}
