/**
 * Reading a paper outside the vocabulary sample, to place it under the topics found on the sample.
 * This runs for ~96 % of the papers at 100k, so it counts features directly: no phrase strings,
 * no hit objects. Words get numbers once; a two-word phrase is a number pair. It counts the same
 * features as `featureCounts(paperPhrases(…))` limited to 1–2-word phrases (placement.test.ts).
 */
import { keyOf } from './vocabulary';
import type { Vocabulary } from './vocabulary';
import { analyse, walkWords } from './phrases';
import type { FeatureCounts } from './sparse';

/** Longest phrases read when placing: two words place a paper well enough, at half the work. */
export const PLACEMENT_WORDS = 2;

interface WordEntry {
  /** A stopword: it breaks runs. */
  stop: boolean;
  /** Feature of the word alone (an acronym counts as its expansion), or -1. */
  single: number;
  /** Number of the word within two-word features, or -1 when it starts or ends none. */
  code: number;
}

export type PlacementReader = (title: string, abstract: string) => FeatureCounts;

/** A reader counting a paper's 1–2-word vocabulary features, a title hit weighing `titleWeight`. */
export function placementReader(vocab: Vocabulary, titleWeight: number): PlacementReader {
  const codes = new Map<string, number>();
  const code = (k: string): number => {
    let c = codes.get(k);
    if (c === undefined) codes.set(k, (c = codes.size));
    return c;
  };
  const pairs: [number, number, number][] = [];
  vocab.keys.forEach((key, f) => {
    if (vocab.words[f] !== 2) return;
    const [a, b] = key.split(' ') as [string, string];
    pairs.push([code(a), code(b), f]);
  });
  const width = codes.size;
  const pairFeature = new Map(pairs.map(([a, b, f]) => [a * width + b, f]));
  // Words as written → what they count for; 100k papers repeat their words.
  const entries = new Map<string, WordEntry>();
  const entryOf = (written: string): WordEntry => {
    let e = entries.get(written);
    if (e === undefined) {
      const word = analyse(written);
      const key = word && keyOf({ key: word[0], surface: '', n: 1, title: false }, vocab.acronyms);
      e = key
        ? { stop: false, single: vocab.idOf.get(key) ?? -1, code: codes.get(word![0]) ?? -1 }
        : { stop: true, single: -1, code: -1 };
      if (entries.size >= 500_000) entries.clear();
      entries.set(written, e);
    }
    return e;
  };

  // One dense tally reused paper after paper, with the features touched: no map per paper.
  const tally = new Float64Array(vocab.keys.length);
  const touched: number[] = [];
  const add = (f: number, weight: number): void => {
    if (tally[f] === 0) touched.push(f);
    tally[f]! += weight;
  };
  return (title, abstract) => {
    const read = (text: string, weight: number): void => {
      let previous = -1;
      walkWords(text, (written) => {
        const e = written === null ? null : entryOf(written);
        if (e === null || e.stop) {
          previous = -1;
          return;
        }
        if (e.single >= 0) add(e.single, weight);
        if (previous >= 0 && e.code >= 0) {
          const f = pairFeature.get(previous * width + e.code);
          if (f !== undefined) add(f, weight);
        }
        previous = e.code;
      });
    };
    read(title, titleWeight);
    read(abstract, 1);
    const ids = Int32Array.from(touched).sort();
    const counts = Float64Array.from(ids, (f) => tally[f]!);
    for (const f of touched) tally[f] = 0;
    touched.length = 0;
    return { ids, counts };
  };
}
