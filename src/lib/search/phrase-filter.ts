/** Exact-phrase checks, run on the few papers the index already matched. */
import { phraseKey, phraseUnits } from './normalize';
import type { SearchDoc } from './index-data';
import type { ParsedQuery } from './query';
import { boundedSet } from '../bounded-set';

/**
 * Cap on cached phrase texts (about 1.5 KB each). A phrase query checks every paper holding all
 * its words, which at 100k papers can be 10,000: the cache must hold that many, or a repeated
 * query recomputes them all.
 */
const PHRASE_CACHE_LIMIT = 20_000;

/** Phrase keys of a paper's fields (index-data.ts's order), each checked on its own. */
export function phraseKeysOf(d: SearchDoc): string[] {
  // One clause per author, whose initials' periods end none: "Matthew E. Peters".
  const authors = (d.authors ?? []).map((a) => a.replace(/[.!?;:]/g, ' ')).join('; ');
  return [d.title, d.name ?? '', d.abstract, authors].map(phraseKey);
}

/** Phrase keys of a paper, computed on first use. */
export function phraseKeyCache(docs: readonly SearchDoc[]): (id: number) => string[] {
  const cache = new Map<number, string[]>();
  return (id) => {
    let keys = cache.get(id);
    if (!keys) {
      const d = docs[id];
      keys = d ? phraseKeysOf(d) : [];
      boundedSet(cache, id, keys, PHRASE_CACHE_LIMIT);
    }
    return keys;
  };
}

/** Word-edged needle; an open phrase (still being typed) ends in a prefix. */
function needle(text: string, open = false): string {
  const units = phraseUnits(text);
  return units.length ? ` ${units.join(' ')}${open ? '' : ' '}` : '';
}

/** Predicate for the query's phrases (within one field each), or null when it has none. */
export function phrasePredicate(
  parsed: ParsedQuery,
  keysOf: (id: number) => string[],
): ((id: number) => boolean) | null {
  const lastPhrase = parsed.phrases.length - 1;
  const need = parsed.phrases
    .map((p, i) => needle(p, parsed.lastPhraseOpen && i === lastPhrase))
    .filter(Boolean);
  const avoid = parsed.excludedPhrases.map((p) => needle(p)).filter(Boolean);
  if (!need.length && !avoid.length) return null;
  return (id) => {
    const keys = keysOf(id);
    const has = (n: string) => keys.some((k) => k.includes(n));
    return need.every(has) && !avoid.some(has);
  };
}
