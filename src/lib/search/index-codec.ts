/**
 * Binary form of IndexData (public/data/index.bin). Layout, little-endian:
 *   header  "PXI1", u32 version, docCount, termCount, headEnd, totalLength, postings per field (4),
 *           average lengths per field (4 × f64)
 *   head    vocabulary (front-coded), df, glued forms, acronyms, title, name and authors lengths
 *           and postings
 *   body    abstract lengths and postings
 * The head comes first so a reader streaming the file can search titles, names and authors before
 * abstracts arrive. A posting is one varint, (doc gap × 2 + (tf > 1)), then tf − 2 when tf > 1:
 * most postings take one or two bytes. Decoding is one pass, linear in the file size.
 */
import { ByteReader, ByteWriter } from './byte-io';
import type { FieldPostings, IndexData } from './index-data';
import { ABSTRACT, AUTHORS, FIELD_COUNT, NAME, TITLE } from './index-data';

const MAGIC = 0x31495850; // "PXI1"
const VERSION = 3;
export const HEADER_BYTES = 24 + FIELD_COUNT * 12;
/** Fields of the head, searchable while the abstracts are still on their way. */
const HEAD_FIELDS = [TITLE, NAME, AUTHORS];

const unsupported = () => new Error('the search index is unsupported or corrupt');

export function encodeIndex(data: IndexData): Uint8Array {
  const w = new ByteWriter();
  w.u32(MAGIC);
  w.u32(VERSION);
  w.u32(data.docCount);
  w.u32(data.terms.length);
  w.u32(0); // headEnd, patched below
  w.u32(0); // totalLength, patched below
  for (let f = 0; f < FIELD_COUNT; f += 1) w.u32(data.fields[f]?.docs.length ?? 0);
  for (let f = 0; f < FIELD_COUNT; f += 1) w.f64(data.fields[f]?.avgLength ?? 0);
  let prev = '';
  for (const term of data.terms) {
    let shared = 0;
    while (shared < prev.length && shared < term.length && prev[shared] === term[shared]) shared++;
    w.varint(shared);
    w.string(term.slice(shared));
    prev = term;
  }
  for (const df of data.df) w.varint(df);
  for (const map of [data.glued, data.acronyms]) {
    w.varint(map.size);
    for (const [key, parts] of map) {
      w.string(key);
      w.varint(parts.length);
      for (const p of parts) w.string(p);
    }
  }
  for (const f of HEAD_FIELDS) writeField(w, data.fields[f]);
  w.patchU32(16, w.length);
  writeField(w, data.fields[ABSTRACT]);
  w.patchU32(20, w.length);
  return w.result();
}

function writeField(w: ByteWriter, field: FieldPostings | undefined): void {
  if (!field) throw new Error('search index: every field is needed to encode');
  for (const len of field.lengths) w.varint(len);
  const terms = field.start.length - 1;
  for (let t = 0; t < terms; t += 1) {
    const from = field.start[t]!;
    const to = field.start[t + 1]!;
    w.varint(to - from);
    let prevDoc = -1;
    for (let i = from; i < to; i += 1) {
      const doc = field.docs[i]!;
      const tf = field.tfs[i]!;
      w.varint((doc - prevDoc) * 2 + (tf > 1 ? 1 : 0));
      if (tf > 1) w.varint(tf - 2);
      prevDoc = doc;
    }
  }
}

/** Reads the fixed header; `bytes` needs only its first HEADER_BYTES. */
export function readHeader(bytes: Uint8Array) {
  if (bytes.length < HEADER_BYTES) throw unsupported();
  const r = new ByteReader(bytes);
  if (r.u32() !== MAGIC) throw unsupported();
  // Another build's index (a cache kept it across a deploy): the reader can act on that.
  if (r.u32() !== VERSION) throw new Error('the search index is from another version of the site');
  const docCount = r.u32();
  const termCount = r.u32();
  const headEnd = r.u32();
  const totalLength = r.u32();
  const postings = Array.from({ length: FIELD_COUNT }, () => r.u32());
  const avgLengths = Array.from({ length: FIELD_COUNT }, () => r.f64());
  if (headEnd < HEADER_BYTES || totalLength < headEnd) throw unsupported();
  return { docCount, termCount, headEnd, totalLength, postings, avgLengths };
}

/** Decodes the head (vocabulary, HEAD_FIELDS' postings); `bytes` needs at least headEnd bytes. */
export function decodeHead(bytes: Uint8Array): IndexData {
  const h = readHeader(bytes);
  if (bytes.length < h.headEnd) throw unsupported();
  const r = new ByteReader(bytes.subarray(0, h.headEnd), HEADER_BYTES);
  const terms: string[] = new Array<string>(h.termCount);
  let prev = '';
  for (let t = 0; t < h.termCount; t += 1) {
    const shared = r.varint();
    prev = prev.slice(0, shared) + r.string();
    terms[t] = prev;
  }
  const df = new Uint32Array(h.termCount);
  for (let t = 0; t < h.termCount; t += 1) df[t] = r.varint();
  const glued = readForms(r);
  const acronyms = readForms(r);
  const fields: (FieldPostings | undefined)[] = [];
  for (const f of HEAD_FIELDS) fields[f] = readField(r, h, f);
  if (r.pos !== h.headEnd) throw unsupported();
  return { docCount: h.docCount, terms, df, glued, acronyms, fields };
}

/** A map of word -> words (glued forms, acronyms). */
function readForms(r: ByteReader): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (let g = r.varint(); g > 0; g -= 1) {
    const key = r.string();
    const parts: string[] = [];
    for (let p = r.varint(); p > 0; p -= 1) parts.push(r.string());
    map.set(key, parts);
  }
  return map;
}

/** Adds the abstract postings to a decoded head; `bytes` is the whole file. */
export function decodeBody(bytes: Uint8Array, head: IndexData): IndexData {
  const h = readHeader(bytes);
  if (bytes.length < h.totalLength) throw unsupported();
  const r = new ByteReader(bytes.subarray(0, h.totalLength), h.headEnd);
  const fields = [...head.fields];
  fields[ABSTRACT] = readField(r, h, ABSTRACT);
  return { ...head, fields };
}

export function decodeIndex(bytes: Uint8Array): IndexData {
  return decodeBody(bytes, decodeHead(bytes));
}

type IndexHeader = ReturnType<typeof readHeader>;

function readField(r: ByteReader, h: IndexHeader, f: number): FieldPostings {
  const lengths = new Uint16Array(h.docCount);
  for (let d = 0; d < h.docCount; d += 1) lengths[d] = r.varint();
  const total = h.postings[f]!;
  const start = new Uint32Array(h.termCount + 1);
  const docs = new Uint32Array(total);
  const tfs = new Uint8Array(total);
  let at = 0;
  for (let t = 0; t < h.termCount; t += 1) {
    const n = r.varint();
    if (at + n > total) throw unsupported();
    let doc = -1;
    for (let i = 0; i < n; i += 1) {
      const v = r.varint();
      doc += Math.floor(v / 2);
      if (doc >= h.docCount) throw unsupported();
      docs[at] = doc;
      tfs[at++] = v & 1 ? r.varint() + 2 : 1;
    }
    start[t + 1] = at;
  }
  if (at !== total) throw unsupported();
  return { start, docs, tfs, lengths, avgLength: h.avgLengths[f]! };
}
