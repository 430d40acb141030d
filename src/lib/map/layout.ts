/**
 * The map layout, computed in the corpus build: every paper gets a 2-D position where papers with
 * similar words lie close. Papers are the tf-idf vectors of "related papers" (doc-vectors.ts:
 * stemmed words, titles weighted; MAP_VECTOR_OPTIONS). Their nearest neighbours
 * come from an inverted index (exact cosine, cost bounded per term), and umap-js lays out that
 * neighbour graph (no random projection or PCA is needed to find them). Above `sampleSize` papers only an evenly spread sample is laid out; every other
 * paper is placed among its most similar sample papers, so time and memory grow linearly.
 * Seeded: the same corpus gives the same map. Build-time only (umap-js stays out of the bundle).
 */
import { UMAP } from 'umap-js';
import { DEFAULT_OPTIONS } from '../related/doc-vectors';
import type { DocVectors, RelatedOptions } from '../related/doc-vectors';
import { evenSample } from '../even-sample';
import { mulberry32 } from '../prng';
import { spreadAreas } from './spread-areas';

/**
 * The map's paper vectors: those of related papers with 60 terms a paper instead of 20 (nearly
 * every distinct term of an abstract). On the two development listings this raised the share of
 * map neighbours with the paper's hand-labelled topic from 30 to 38 % (mixed-ai) and 27 to 30 %
 * (generation-topic); 120 terms did no better.
 */
export const MAP_VECTOR_OPTIONS: RelatedOptions = { ...DEFAULT_OPTIONS, topTerms: 60 };

export interface LayoutOptions {
  seed: number;
  /** Papers laid out by UMAP; the rest are placed near their neighbours in it. */
  sampleSize: number;
  /** Neighbours per paper in the UMAP graph. */
  neighbours: number;
  /** Postings scanned per term when placing the rest, strongest first. */
  maxPostings: number;
  /** How strongly papers of one area are drawn together (UMAP's categorical target weight). */
  areaWeight: number;
}

const LAYOUT_DEFAULTS: LayoutOptions = {
  seed: 20261202,
  sampleSize: 2500,
  neighbours: 15,
  maxPostings: 100,
  areaWeight: 0.25,
};

/** Term t's postings among the chosen documents: doc/weight[start[t] .. start[t+1]-1], strongest first. */
interface Postings {
  start: Int32Array;
  doc: Int32Array;
  weight: Float32Array;
}

function postingsOf(v: DocVectors, docs: readonly number[], cap: number): Postings {
  const count = new Int32Array(v.termCount + 1);
  for (const d of docs) for (let e = v.start[d]!; e < v.start[d + 1]!; e++) count[v.ids[e]! + 1]!++;
  const start = new Int32Array(v.termCount + 1);
  for (let t = 0; t < v.termCount; t++) start[t + 1] = start[t]! + count[t + 1]!;
  const fill = start.slice();
  const entry = new Int32Array(start[v.termCount]!);
  const docOf = new Int32Array(start[v.termCount]!);
  docs.forEach((d, local) => {
    for (let e = v.start[d]!; e < v.start[d + 1]!; e++) {
      const at = fill[v.ids[e]!]!++;
      entry[at] = e;
      docOf[at] = local;
    }
  });
  // Strongest first, capped: a common term then costs at most `cap` steps per paper.
  const outStart = new Int32Array(v.termCount + 1);
  const doc: number[] = [];
  const weight: number[] = [];
  for (let t = 0; t < v.termCount; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    const order: number[] = [];
    for (let i = from; i < to; i++) order.push(i);
    if (order.length > cap) {
      order.sort((a, b) => v.weights[entry[b]!]! - v.weights[entry[a]!]! || a - b);
      order.length = cap;
    }
    for (const i of order) {
      doc.push(docOf[i]!);
      weight.push(v.weights[entry[i]!]!);
    }
    outStart[t + 1] = doc.length;
  }
  return { start: outStart, doc: Int32Array.from(doc), weight: Float32Array.from(weight) };
}

/**
 * Scores every indexed document against document d (cosine: vectors are unit length) and
 * returns the k best as [local index, similarity], best first; `skip` is left out.
 */
function nearest(
  v: DocVectors,
  p: Postings,
  d: number,
  k: number,
  skip: number,
  scores: Float32Array,
  touched: Int32Array,
): [number, number][] {
  let nTouched = 0;
  for (let e = v.start[d]!; e < v.start[d + 1]!; e++) {
    const t = v.ids[e]!;
    const w = v.weights[e]!;
    for (let i = p.start[t]!, stop = p.start[t + 1]!; i < stop; i++) {
      const other = p.doc[i]!;
      if (other === skip) continue;
      if (scores[other] === 0) touched[nTouched++] = other;
      scores[other]! += w * p.weight[i]!;
    }
  }
  const best: [number, number][] = [];
  for (let i = 0; i < nTouched; i++) {
    const other = touched[i]!;
    const s = scores[other]!;
    scores[other] = 0;
    if (best.length === k && s <= best[k - 1]![1]) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (
      at > 0 &&
      (best[at - 1]![1] < s || (best[at - 1]![1] === s && best[at - 1]![0] > other))
    ) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = [other, s];
    if (best.length > k) best.length = k;
  }
  return best;
}

/** UMAP over the sample's neighbour graph: [x, y] per sample paper. */
function layoutSample(
  v: DocVectors,
  sample: number[],
  o: LayoutOptions,
  areas?: ArrayLike<number>,
): number[][] {
  const n = sample.length;
  const random = mulberry32(o.seed);
  if (n < 4)
    return sample.map((_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
  const k = Math.min(o.neighbours, n - 1);
  const p = postingsOf(v, sample, Number.MAX_SAFE_INTEGER);
  const scores = new Float32Array(n);
  const touched = new Int32Array(n);
  const knnIndices: number[][] = [];
  const knnDistances: number[][] = [];
  sample.forEach((d, local) => {
    const found = nearest(v, p, d, k - 1, local, scores, touched);
    // UMAP's own graph lists the point itself first; papers sharing too few words are joined to
    // random others at the largest distance, so every row is complete.
    const ids = [local, ...found.map(([j]) => j)];
    const dist = [0, ...found.map(([, s]) => Math.max(0, 1 - s))];
    while (ids.length < k) {
      const other = Math.floor(random() * n);
      if (!ids.includes(other)) {
        ids.push(other);
        dist.push(1);
      }
    }
    knnIndices.push(ids);
    knnDistances.push(dist);
  });
  const umap = new UMAP({
    nComponents: 2,
    nNeighbors: k,
    minDist: 0.1,
    spread: 1,
    nEpochs: n > 1000 ? 200 : 400,
    random,
  });
  umap.setPrecomputedKNN(knnIndices, knnDistances);
  if (areas && o.areaWeight > 0)
    umap.setSupervisedProjection(
      sample.map((d) => areas[d] ?? -1),
      { targetWeight: o.areaWeight },
    );
  // The input rows are not read again once the neighbours are known; only their number is.
  const epochs = umap.initializeFit(sample.map(() => [0]));
  for (let i = 0; i < epochs; i++) umap.step();
  return umap.getEmbedding();
}

/**
 * Turned so the map's long axis is horizontal (screens are wider than tall), then min-max scaled
 * into [0, 1] on the longer axis and centred on the shorter one.
 */
function normalise(xy: Float32Array): Float32Array {
  const n = xy.length / 2;
  let [mx, my] = [0, 0];
  for (let i = 0; i < xy.length; i += 2) [mx, my] = [mx + xy[i]! / n, my + xy[i + 1]! / n];
  let [cxx, cyy, cxy] = [0, 0, 0];
  for (let i = 0; i < xy.length; i += 2) {
    const [dx, dy] = [xy[i]! - mx, xy[i + 1]! - my];
    [cxx, cyy, cxy] = [cxx + dx * dx, cyy + dy * dy, cxy + dx * dy];
  }
  const angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
  const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
  for (let i = 0; i < xy.length; i += 2) {
    const [dx, dy] = [xy[i]! - mx, xy[i + 1]! - my];
    xy[i] = dx * cos - dy * sin;
    xy[i + 1] = dx * sin + dy * cos;
  }
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xy.length; i += 2) {
    x0 = Math.min(x0, xy[i]!);
    x1 = Math.max(x1, xy[i]!);
    y0 = Math.min(y0, xy[i + 1]!);
    y1 = Math.max(y1, xy[i + 1]!);
  }
  const span = Math.max(x1 - x0, y1 - y0) || 1;
  const dx = (1 - (x1 - x0) / span) / 2;
  const dy = (1 - (y1 - y0) / span) / 2;
  const out = new Float32Array(xy.length);
  for (let i = 0; i < xy.length; i += 2) {
    out[i] = xy.length > 2 ? dx + (xy[i]! - x0) / span : 0.5;
    out[i + 1] = xy.length > 2 ? dy + (xy[i + 1]! - y0) / span : 0.5;
  }
  return out;
}

/** Every paper's position in [0, 1]², x at 2i and y at 2i + 1. */
export function layoutPapers(
  v: DocVectors,
  options: Partial<LayoutOptions> = {},
  areas?: ArrayLike<number>,
): Float32Array {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  const n = v.start.length - 1;
  const xy = new Float32Array(n * 2);
  if (n === 0) return xy;
  const sample = evenSample(n, o.sampleSize);
  const placed = layoutSample(v, sample, o, areas);
  // Before the rest are placed, so each lands among its neighbours' spread positions.
  if (areas && o.areaWeight > 0) spreadAreas(placed, (local) => areas[sample[local]!] ?? -1);
  const inSample = new Int32Array(n).fill(-1);
  sample.forEach((d, local) => {
    inSample[d] = local;
    xy[d * 2] = placed[local]![0]!;
    xy[d * 2 + 1] = placed[local]![1]!;
  });
  if (sample.length === n) return normalise(xy);
  // The rest: near the most similar sample papers (weighted by similarity squared, so the
  // nearest dominates), with a small seeded offset so equal papers do not hide each other.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of placed) {
    x0 = Math.min(x0, p[0]!);
    x1 = Math.max(x1, p[0]!);
    y0 = Math.min(y0, p[1]!);
    y1 = Math.max(y1, p[1]!);
  }
  const jitter = 0.004 * Math.max(x1 - x0, y1 - y0);
  const random = mulberry32(o.seed ^ 0x5bd1e995);
  const p = postingsOf(v, sample, o.maxPostings);
  const scores = new Float32Array(sample.length);
  const touched = new Int32Array(sample.length);
  for (let d = 0; d < n; d++) {
    if (inSample[d]! >= 0) continue;
    const found = nearest(v, p, d, 3, -1, scores, touched);
    let [sx, sy, sw] = [0, 0, 0];
    for (const [j, s] of found) {
      const w = s * s;
      sx += w * placed[j]![0]!;
      sy += w * placed[j]![1]!;
      sw += w;
    }
    if (sw === 0) {
      // Nothing in common with the sample: beside a sample paper picked at random.
      const j = Math.floor(random() * sample.length);
      [sx, sy, sw] = [placed[j]![0]!, placed[j]![1]!, 1];
    }
    const angle = random() * 2 * Math.PI;
    const r = jitter * Math.sqrt(random());
    xy[d * 2] = sx / sw + r * Math.cos(angle);
    xy[d * 2 + 1] = sy / sw + r * Math.sin(angle);
  }
  return normalise(xy);
}
