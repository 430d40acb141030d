/**
 * The compact full-text index: the same statistics MiniSearch keeps (per field: term frequency,
 * field length, average length), held in flat typed arrays instead of one Map entry per posting,
 * so it loads from bytes in time linear in its size and takes a few bytes per posting.
 *
 * Term ids are positions in the sorted vocabulary. Field f's postings of term t are
 * docs[f]/tfs[f] at [start[f][t], start[f][t + 1]), documents ascending.
 */

import type { Paper } from '../types';

/** A paper as the index and the phrase checks read it. */
export type SearchDoc = Pick<Paper, 'title' | 'name' | 'abstract' | 'authors'>;

/** Field order: title, name, abstract, authors (MiniSearch sums a term's fields in this order too). */
export const FIELD_COUNT = 4;
export const TITLE = 0;
export const NAME = 1;
export const ABSTRACT = 2;
export const AUTHORS = 3;
/** Boosts of the ranking (engine.ts explains them): title 3, name 4, abstract 1, authors 2. */
export const FIELD_BOOST: readonly number[] = [3, 4, 1, 2];

export interface FieldPostings {
  start: Uint32Array;
  docs: Uint32Array;
  /** Term frequency, capped at 255. */
  tfs: Uint8Array;
  /** Number of unique tokens of the field per document (MiniSearch's field length). */
  lengths: Uint16Array;
  avgLength: number;
}

export interface IndexData {
  docCount: number;
  /** Sorted, distinct index terms. */
  terms: string[];
  /** Documents holding the term in any field. */
  df: Uint32Array;
  /** Glued form -> the index terms it is made of ("ringattention" -> ring, attention). */
  glued: Map<string, string[]>;
  /** Acronym -> its long form's words as written, for papers found through it ("vlm"). */
  acronyms: Map<string, string[]>;
  /** Per field; the abstract field is absent while only the head of the file has loaded. */
  fields: (FieldPostings | undefined)[];
}

export const MAX_TF = 255;
export const MAX_LENGTH = 65_535;
