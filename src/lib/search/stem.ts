/** Stopwords and a light, predictable plural stemmer, applied alike to documents and queries. */

// Function words only: nothing a reader of this domain would search for on its own.
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have how if in ' +
    'into is it its may might must not of on or our over such than that the their them then there ' +
    'these they this those through thus to under up upon us via was we were what when where whether ' +
    'which while who whom why will with within without would yet you your also both each either ' +
    'however i me my so very too than'
  ).split(' '),
);

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

// Porter's measure, a word's vowel-consonant runs: robot 2, graph 1 (y after a consonant: a vowel).
const measure = (w: string) =>
  w.replace(/(?<=[^aeiou])y/g, 'a').match(/[aeiou]+[^aeiou]+/g)?.length ?? 0;

/**
 * Light stemmer: strips plurals and a final "e" so that model/models, attention/attentions,
 * cache/caches, bias/biases, memory/memories, patch/patches meet, and an adjective's "-ic" where
 * Porter's stemmer does (two syllables left): robot/robotic/robotics, agent/agentic, while logic,
 * graphic, critic and physics keep theirs. No suffixes beyond that, so a reader can predict what
 * matches (training stays training).
 */
export function stem(term: string): string {
  if (term.length <= 3 || !/^\p{L}+$/u.test(term)) return term;
  let t = term;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (/(?:ss|us|is|[^e]as)$/.test(t)) return t;
  else if (t.endsWith('s')) t = t.slice(0, -1);
  if (t.endsWith('e') && t.length > 3) t = t.slice(0, -1);
  else if (/^[a-z]+ic$/.test(t) && measure(t.slice(0, -2)) >= 2) t = t.slice(0, -2);
  return t;
}

const MAX_TERM = 40;

/**
 * MiniSearch processTerm for already lower-cased tokens: drops stopwords, lone letters and
 * run-away tokens (hashes, URLs glued together), then stems. Lone digits stay ("Mamba 2").
 */
export function processTerm(term: string): string | null {
  const known = termMemo.get(term);
  if (known !== undefined) return known;
  const out = processUncached(term);
  if (termMemo.size >= MEMO_LIMIT) termMemo.clear();
  termMemo.set(term, out);
  return out;
}

/** Memo of processTerm: the index build calls it once per token (20M at 100k papers). */
const termMemo = new Map<string, string | null>();
const MEMO_LIMIT = 300_000;

function processUncached(term: string): string | null {
  if (!term || term.length > MAX_TERM || isStopword(term)) return null;
  if (term.length === 1 && !/\p{N}/u.test(term)) return null;
  return stem(term);
}
