/**
 * Term frequencies of every document and document frequencies of every term, in flat arrays:
 * at 100,000 abstracts, per-document maps and tuples cost more in garbage collection than the
 * counting itself.
 */
import { termKey, words } from './terms';

export interface TermCounts {
  /** Document d's distinct terms are entries docStart[d] .. docStart[d+1]-1. */
  docStart: Int32Array;
  term: Int32Array;
  tf: Float64Array;
  /** Index into `words` of the word as the document first wrote the term. */
  word: Int32Array;
  words: string[];
  df: Int32Array;
  termCount: number;
}

/**
 * Counts documents one at a time, in order (the corpus build feeds it papers as their batches
 * come back from the worker threads); `result()` gives what countTerms gives for the same docs.
 */
export class TermCounter {
  // Each distinct word is stored once: word -> index into `wordList`, whose term is wordTerm[index].
  private readonly wordIndex = new Map<string, number>();
  private readonly wordList: string[] = [];
  private readonly wordTerm: number[] = []; // -1 when the word is dropped
  private readonly stemIds = new Map<string, number>();
  private df = new Int32Array(1024);
  private tfNow = new Float64Array(1024);
  private seenIn = new Int32Array(1024); // 1 + the last document that used the term
  private readonly docStart: number[] = [0];
  private readonly term: number[] = [];
  private readonly tf: number[] = [];
  private readonly word: number[] = [];
  private readonly touched: number[] = [];
  private readonly firstWord: number[] = [];
  private stamp = 0;

  constructor(private readonly titleWeight: number) {}

  private addText(text: string, weight: number): void {
    for (const w of words(text)) {
      let wi = this.wordIndex.get(w);
      if (wi === undefined) {
        const key = termKey(w);
        const termId = key === null ? -1 : (this.stemIds.get(key) ?? this.stemIds.size);
        if (key !== null && termId === this.stemIds.size) this.stemIds.set(key, termId);
        if (termId >= this.tfNow.length) {
          [this.tfNow, this.df, this.seenIn] = [grow(this.tfNow), grow(this.df), grow(this.seenIn)];
        }
        wi = this.wordList.length;
        this.wordIndex.set(w, wi);
        this.wordList.push(w);
        this.wordTerm.push(termId);
      }
      const id = this.wordTerm[wi] ?? -1;
      if (id < 0) continue;
      if (this.seenIn[id] !== this.stamp) {
        this.seenIn[id] = this.stamp;
        this.touched.push(id);
        this.firstWord[id] = wi;
      }
      this.tfNow[id] = (this.tfNow[id] ?? 0) + weight;
    }
  }

  add(doc: { title: string; abstract: string }): void {
    this.stamp = this.docStart.length;
    this.addText(doc.title, this.titleWeight);
    this.addText(doc.abstract, 1);
    for (const id of this.touched) {
      this.term.push(id);
      this.tf.push(this.tfNow[id] ?? 0);
      this.word.push(this.firstWord[id] ?? 0);
      this.df[id] = (this.df[id] ?? 0) + 1;
      this.tfNow[id] = 0;
    }
    this.touched.length = 0;
    this.docStart.push(this.term.length);
  }

  get count(): number {
    return this.docStart.length - 1;
  }

  result(): TermCounts {
    return {
      docStart: Int32Array.from(this.docStart),
      term: Int32Array.from(this.term),
      tf: Float64Array.from(this.tf),
      word: Int32Array.from(this.word),
      words: this.wordList,
      df: this.df,
      termCount: this.stemIds.size,
    };
  }
}

export function countTerms(
  docs: readonly { title: string; abstract: string }[],
  titleWeight: number,
): TermCounts {
  const counter = new TermCounter(titleWeight);
  for (const doc of docs) counter.add(doc);
  return counter.result();
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
