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

export function countTerms(
  docs: readonly { title: string; abstract: string }[],
  titleWeight: number,
): TermCounts {
  // Each distinct word is stored once: word -> index into `wordList`, whose term is wordTerm[index].
  const wordIndex = new Map<string, number>();
  const wordList: string[] = [];
  const wordTerm: number[] = []; // -1 when the word is dropped
  const stemIds = new Map<string, number>();
  let df = new Int32Array(1024);
  let tfNow = new Float64Array(1024);
  let seenIn = new Int32Array(1024); // 1 + the last document that used the term
  const docStart = new Int32Array(docs.length + 1);
  const term: number[] = [];
  const tf: number[] = [];
  const word: number[] = [];
  const touched: number[] = [];
  const firstWord: number[] = [];

  let stamp = 0;
  const add = (text: string, weight: number) => {
    for (const w of words(text)) {
      let wi = wordIndex.get(w);
      if (wi === undefined) {
        const key = termKey(w);
        const termId = key === null ? -1 : (stemIds.get(key) ?? stemIds.size);
        if (key !== null && termId === stemIds.size) stemIds.set(key, termId);
        if (termId >= tfNow.length) [tfNow, df, seenIn] = [grow(tfNow), grow(df), grow(seenIn)];
        wi = wordList.length;
        wordIndex.set(w, wi);
        wordList.push(w);
        wordTerm.push(termId);
      }
      const id = wordTerm[wi] ?? -1;
      if (id < 0) continue;
      if (seenIn[id] !== stamp) {
        seenIn[id] = stamp;
        touched.push(id);
        firstWord[id] = wi;
      }
      tfNow[id] = (tfNow[id] ?? 0) + weight;
    }
  };

  docs.forEach((doc, d) => {
    stamp = d + 1;
    add(doc.title, titleWeight);
    add(doc.abstract, 1);
    for (const id of touched) {
      term.push(id);
      tf.push(tfNow[id] ?? 0);
      word.push(firstWord[id] ?? 0);
      df[id] = (df[id] ?? 0) + 1;
      tfNow[id] = 0;
    }
    touched.length = 0;
    docStart[d + 1] = term.length;
  });
  return {
    docStart,
    term: Int32Array.from(term),
    tf: Float64Array.from(tf),
    word: Int32Array.from(word),
    words: wordList,
    df,
    termCount: stemIds.size,
  };
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
