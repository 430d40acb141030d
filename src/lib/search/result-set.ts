/**
 * Matching documents of a query node as parallel typed arrays, documents ascending, combined by
 * sorted merges. Besides the score, each document carries what MiniSearch keeps per match and
 * the ranking needs (engine.ts): how many distinct index terms matched, how many of those in the
 * title or name, and how many distinct query terms. Terms that only one leaf of the query can
 * match are counted (packed in `counts`); terms several leaves share get a bit in `masks`, so a
 * document matching one of them twice still counts it once, as MiniSearch does.
 */
import type { CompactResult } from './engine';

interface Masks {
  /** Shared index terms matched. */
  d: Uint32Array;
  /** Shared index terms matched in the title or name. */
  t: Uint32Array;
  /** Shared query terms matched. */
  q: Uint32Array;
}

export interface ResultSet {
  size: number;
  docs: Uint32Array;
  score: Float64Array;
  /** Bits 0-9: index terms matched; 10-19: of which in title or name; 20-29: query terms. */
  counts: Uint32Array;
  masks: Masks | null;
}

export const TERM_ONE = 1;
export const TITLE_ONE = 1 << 10;
export const QUERY_ONE = 1 << 20;
const FIELD = 0x3ff;

export const termsOf = (c: number): number => c & FIELD;
export const titleTermsOf = (c: number): number => (c >>> 10) & FIELD;
export const queryTermsOf = (c: number): number => (c >>> 20) & FIELD;

export function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** 0, 1, …, n − 1: every document (or every position into a list of n). */
export function sequence(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  return out;
}

/** Every one of n papers, unranked (score 0): the answer to a query without words. */
export function unranked(n: number): CompactResult {
  return { size: n, docs: sequence(n), scores: new Float64Array(n), relaxed: false, terms: [] };
}

function allocate(n: number, withMasks: boolean): ResultSet {
  return {
    size: 0,
    docs: new Uint32Array(n),
    score: new Float64Array(n),
    counts: new Uint32Array(n),
    masks: withMasks
      ? { d: new Uint32Array(n), t: new Uint32Array(n), q: new Uint32Array(n) }
      : null,
  };
}

export function emptySet(): ResultSet {
  return allocate(0, false);
}

function copy(out: ResultSet, from: ResultSet, i: number): void {
  const o = out.size++;
  out.docs[o] = from.docs[i]!;
  out.score[o] = from.score[i]!;
  out.counts[o] = from.counts[i]!;
  if (out.masks && from.masks) {
    out.masks.d[o] = from.masks.d[i]!;
    out.masks.t[o] = from.masks.t[i]!;
    out.masks.q[o] = from.masks.q[i]!;
  }
}

/** Adds b's entry j to out's last entry (same document in both). */
function addInto(out: ResultSet, b: ResultSet, j: number): void {
  const o = out.size - 1;
  out.score[o] = out.score[o]! + b.score[j]!;
  out.counts[o] = out.counts[o]! + b.counts[j]!;
  if (out.masks && b.masks) {
    out.masks.d[o] = out.masks.d[o]! | b.masks.d[j]!;
    out.masks.t[o] = out.masks.t[o]! | b.masks.t[j]!;
    out.masks.q[o] = out.masks.q[o]! | b.masks.q[j]!;
  }
}

/** Union; a document in both gets the sum of its scores (MiniSearch's OR). */
export function orSets(a: ResultSet, b: ResultSet): ResultSet {
  if (!b.size) return a;
  if (!a.size) return b;
  const out = allocate(a.size + b.size, !!(a.masks || b.masks));
  let i = 0;
  let j = 0;
  while (i < a.size && j < b.size) {
    const da = a.docs[i]!;
    const db = b.docs[j]!;
    if (da < db) copy(out, a, i++);
    else if (db < da) copy(out, b, j++);
    else {
      copy(out, a, i++);
      addInto(out, b, j++);
    }
  }
  while (i < a.size) copy(out, a, i++);
  while (j < b.size) copy(out, b, j++);
  return out;
}

/** Intersection, scores summed (MiniSearch's AND). */
export function andSets(a: ResultSet, b: ResultSet): ResultSet {
  if (!a.size || !b.size) return emptySet();
  const out = allocate(Math.min(a.size, b.size), !!(a.masks || b.masks));
  let i = 0;
  let j = 0;
  while (i < a.size && j < b.size) {
    const da = a.docs[i]!;
    const db = b.docs[j]!;
    if (da < db) i++;
    else if (db < da) j++;
    else {
      copy(out, a, i++);
      addInto(out, b, j++);
    }
  }
  return out;
}

/** a without the documents of b (MiniSearch's AND_NOT). */
export function notSets(a: ResultSet, b: ResultSet): ResultSet {
  if (!a.size || !b.size) return a;
  const out = allocate(a.size, !!a.masks);
  let j = 0;
  for (let i = 0; i < a.size; i += 1) {
    const da = a.docs[i]!;
    while (j < b.size && b.docs[j]! < da) j++;
    if (j < b.size && b.docs[j] === da) continue;
    copy(out, a, i);
  }
  return out;
}
