/**
 * Part of speech of a lone word, by compromise's lexicon and suffix rules (build-time only: topic
 * discovery runs in the corpus build, so it costs the bundle nothing). Only the few words that
 * could name a topic are asked, once each.
 */
import nlp from 'compromise/two';
import type { IsQualifier } from './name-topics';

const known = new Map<string, boolean>();

/** An adjective that is not also a noun ("physical", "discrete"; not "video" or "OCR"). */
export const isQualifier: IsQualifier = (word) => {
  let q = known.get(word);
  if (q === undefined) {
    const tags: string[] = /[A-Z0-9]/.test(word) ? [] : (nlp(word).json()[0]?.terms[0]?.tags ?? []);
    q = tags.includes('Adjective') && !tags.includes('Noun');
    known.set(word, q);
  }
  return q;
};
