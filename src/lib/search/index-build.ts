/**
 * Builds IndexData one document at a time, with MiniSearch's statistics: a field's length is its
 * number of unique tokens (before stopwords are dropped), and the average length is updated as
 * MiniSearch updates it, so scores match the MiniSearch ranking to the last bits.
 * Postings are collected in flat growable arrays and sorted by term once at the end (a counting
 * sort, so each term's documents stay ascending): memory is linear in the number of postings.
 * Each distinct chunk (word) is tokenized once; later occurrences cost one Map lookup.
 */
import { longFormMatcher, type AcronymTable } from '../acronyms';
import { growU16, growU32, growU8 } from './growable';
import type { FieldPostings, IndexData, SearchDoc } from './index-data';
import { FIELD_COUNT, MAX_LENGTH, MAX_TF } from './index-data';
import { processTerm } from './stem';
import { chunksOf, chunkTokens } from './tokenize';

/** A chunk's tokens as ids: raw (for field lengths) and processed (index terms, -1 if dropped). */
interface ChunkIds {
  raw: number[];
  terms: number[];
}

const CHUNK_LIMIT = 500_000;

function newField() {
  return { term: growU32(), doc: growU32(), tf: growU8(), lengths: growU16(), avg: 0 };
}

export class IndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly df = growU32();
  /** Last document (+1) that counted towards a term's df. */
  private readonly dfMark = growU32();
  private readonly tf = growU32();
  private readonly glued = new Map<string, string[]>();
  private readonly fields = Array.from({ length: FIELD_COUNT }, newField);
  private count = 0;
  private readonly chunks = new Map<string, ChunkIds>();
  private readonly rawIds = new Map<string, number>();
  private readonly rawMark = growU32();
  private fieldSerial = 0;
  /** A field's index terms in order, for finding long forms (reused). */
  private readonly seq: number[] = [];
  private readonly longForms: ReturnType<typeof longFormMatcher> | undefined;
  /** Acronym term id -> its long form, for those some paper was indexed with. */
  private readonly acronyms = new Map<number, string[]>();

  /** `acronyms`: a field that writes a long form out, never its acronym, is indexed with it. */
  constructor(acronyms?: AcronymTable) {
    if (acronyms) this.longForms = longFormMatcher(acronyms, processTerm, (t) => this.idOf(t));
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
      this.dfMark.push(0);
      this.tf.push(0);
    }
    return id;
  }

  private learn(chunk: string): ChunkIds {
    const { tokens, glued } = chunkTokens(chunk);
    // Glued forms: the first occurrence of a chunk reports them; later ones would change nothing.
    for (const [g, parts] of glued) this.addGlued(g, parts);
    const ids: ChunkIds = { raw: [], terms: [] };
    for (const token of tokens) {
      let raw = this.rawIds.get(token);
      if (raw === undefined) {
        raw = this.rawIds.size;
        this.rawIds.set(token, raw);
        this.rawMark.push(0);
      }
      ids.raw.push(raw);
      const term = processTerm(token);
      ids.terms.push(term ? this.idOf(term) : -1);
    }
    if (this.chunks.size >= CHUNK_LIMIT) this.chunks.clear();
    this.chunks.set(chunk, ids);
    return ids;
  }

  private addGlued(g: string, parts: readonly string[]): void {
    const key = processTerm(g);
    if (!key || this.glued.has(key)) return;
    const terms = parts.map(processTerm).filter((t): t is string => !!t);
    if (terms.length > 1) this.glued.set(key, terms);
  }

  add(doc: SearchDoc): void {
    const d = this.count++;
    const texts = [doc.title, doc.name ?? '', doc.abstract, doc.authors?.join(' · ') ?? ''];
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const field = this.fields[f]!;
      const serial = ++this.fieldSerial;
      let length = 0;
      const touched: number[] = [];
      this.seq.length = 0;
      for (const chunk of chunksOf(texts[f] ?? '')) {
        const ids = this.chunks.get(chunk) ?? this.learn(chunk);
        for (const raw of ids.raw) {
          if (this.rawMark.get(raw) === serial) continue;
          this.rawMark.set(raw, serial);
          length += 1;
        }
        for (const id of ids.terms) {
          if (id < 0) continue;
          this.seq.push(id);
          if (this.tf.get(id) === 0) touched.push(id);
          this.tf.set(id, this.tf.get(id) + 1);
        }
      }
      for (const { acronym, words } of this.longForms?.(this.seq) ?? []) {
        if (this.tf.get(acronym) > 0) continue;
        touched.push(acronym);
        this.tf.set(acronym, 1);
        this.acronyms.set(acronym, words);
      }
      field.lengths.push(Math.min(length, MAX_LENGTH));
      field.avg = (field.avg * d + length) / (d + 1);
      for (const id of touched) {
        field.term.push(id);
        field.doc.push(d);
        field.tf.push(Math.min(this.tf.get(id), MAX_TF));
        this.tf.set(id, 0);
        if (this.dfMark.get(id) !== d + 1) {
          this.dfMark.set(id, d + 1);
          this.df.set(id, this.df.get(id) + 1);
        }
      }
    }
  }

  finish(): IndexData {
    const sorted = this.terms.map((t, i) => [t, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const remap = new Uint32Array(this.terms.length);
    sorted.forEach(([, old], i) => (remap[old] = i));
    const df = new Uint32Array(this.terms.length);
    sorted.forEach(([, old], i) => (df[i] = this.df.get(old)));
    // Only glued forms that also occur as index terms need rewriting at query time.
    const glued = new Map([...this.glued].filter(([key]) => this.ids.has(key)));
    const fields = this.fields.map((f) => sortPostings(f, remap));
    const acronyms = new Map([...this.acronyms].map(([id, words]) => [this.terms[id]!, words]));
    return { docCount: this.count, terms: sorted.map(([t]) => t), df, glued, acronyms, fields };
  }
}

function sortPostings(f: ReturnType<typeof newField>, remap: Uint32Array): FieldPostings {
  const n = f.term.length;
  const start = new Uint32Array(remap.length + 1);
  for (let i = 0; i < n; i += 1) start[remap[f.term.get(i)]! + 1]! += 1;
  for (let t = 0; t < remap.length; t += 1) start[t + 1]! += start[t]!;
  const fill = start.slice(0, remap.length);
  const docs = new Uint32Array(n);
  const tfs = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const at = fill[remap[f.term.get(i)]!]!++;
    docs[at] = f.doc.get(i);
    tfs[at] = f.tf.get(i);
  }
  return { start, docs, tfs, lengths: f.lengths.toArray(), avgLength: f.avg };
}

export function buildIndexData(docs: readonly SearchDoc[], acronyms?: AcronymTable): IndexData {
  const b = new IndexBuilder(acronyms);
  for (const d of docs) b.add(d);
  return b.finish();
}
