/**
 * Acronyms a listing defines ("vision-language models (VLMs)"), so that a search for the acronym
 * also finds the papers that only write it out. A definition's long form is found by Schwartz and
 * Hearst's rule (2003): each letter of the acronym, read from the end, is found in the words before
 * the bracket, and the first one starts a word. The index build then gives a paper that writes a
 * long form out, but never its acronym, the acronym as an extra word (scripts/corpus/build.ts).
 */

/** "(VLMs)", "(LoRA)", "(T2I)": a capital, then letters or digits with another capital. */
const SHORT_FORM = /\(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)/g;
const WORD = /[a-z0-9]+/g;
const CASED_WORD = /[A-Za-z0-9]+/g;

/**
 * A lowercase word as the table keys it, without a plural s ("models", "vlms" → "model", "vlm").
 * "its" becomes "it" too: the same rule on both sides is all that matching needs.
 */
function keyWord(lower: string): string {
  return lower.length > 2 && lower.endsWith('s') && !lower.endsWith('ss')
    ? lower.slice(0, -1)
    : lower;
}

const keyWords = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map(keyWord);

/** An acronym as the table keys it: "VLMs" is the plural of "VLM"; "TTS" is not of "TT". */
const acronymKey = (written: string): string => written.replace(/([A-Z0-9])s$/, '$1').toLowerCase();

/** The long form `short` abbreviates at the end of `before`, or null (Schwartz–Hearst). */
export function longFormOf(short: string, before: string): string | null {
  const letters = short.replace(/s$/, '');
  const words = before.trimEnd().split(/\s+/);
  const window = words.slice(-Math.min(letters.length + 5, letters.length * 2)).join(' ');
  let l = window.length - 1;
  for (let s = letters.length - 1; s >= 0; s -= 1) {
    const c = letters[s]!.toLowerCase();
    if (!/[a-z0-9]/.test(c)) continue;
    // The acronym's first letter must start a word of the long form.
    while (
      l >= 0 &&
      (window[l]!.toLowerCase() !== c || (s === 0 && /[A-Za-z0-9]/.test(window[l - 1] ?? '')))
    )
      l -= 1;
    if (l < 0) return null;
    l -= 1;
  }
  const start = window.lastIndexOf(' ', l) + 1;
  const long = window.slice(start);
  const parts = long.toLowerCase().match(WORD) ?? [];
  return parts.length >= 2 && parts.length <= letters.length + 2 ? long : null;
}

/** Acronym (lowercase, no plural s) → the words of its long form, lowercase, as first written. */
export type AcronymTable = Map<string, string[]>;

/**
 * The acronyms these texts define, each with the long form most of its definitions give; one
 * defined two ways equally often is left out, as the reader's meaning is unknown.
 */
export function acronymTable(texts: readonly string[]): AcronymTable {
  const votes = new Map<string, Map<string, { n: number; words: string[] }>>();
  for (const text of texts) {
    for (const m of text.matchAll(SHORT_FORM)) {
      const long = longFormOf(m[1]!, text.slice(Math.max(0, m.index - 200), m.index));
      if (!long) continue;
      const key = acronymKey(m[1]!);
      const form = keyWords(long).join(' ');
      const tally = votes.get(key) ?? new Map<string, { n: number; words: string[] }>();
      const seen = tally.get(form) ?? { n: 0, words: long.toLowerCase().match(WORD) ?? [] };
      seen.n += 1;
      tally.set(form, seen);
      votes.set(key, tally);
    }
  }
  const table: AcronymTable = new Map();
  for (const key of [...votes.keys()].sort()) {
    const ranked = [...votes.get(key)!].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
    const [best, second] = ranked;
    if (best && (!second || best[1].n > second[1].n)) table.set(key, best[1].words);
  }
  // An acronym the texts write more often as a lowercase word ("feature map" against one
  // "maximum a posteriori (MAP)") is that word to most readers: it is left out.
  const lowercase = new Map<string, number>();
  for (const text of texts)
    for (const [w] of text.matchAll(CASED_WORD)) {
      const key = acronymKey(w);
      if (table.has(key))
        lowercase.set(key, (lowercase.get(key) ?? 0) + (w === w.toLowerCase() ? 1 : -1));
    }
  for (const [key, n] of lowercase) if (n > 0) table.delete(key);
  return table;
}

interface LongForm {
  /** Index term id of the acronym. */
  acronym: number;
  /** Index term ids of the long form, in order. */
  ids: number[];
  words: string[];
}

/**
 * Finds long forms in a field's index terms (index-build.ts), one array cell read per term.
 * `termOf` makes index terms of words, `termId` gives a term's id.
 */
export function longFormMatcher(
  table: AcronymTable,
  termOf: (word: string) => string | null,
  termId: (term: string) => number,
) {
  const byFirst = new Map<number, LongForm[]>();
  for (const [key, words] of table) {
    const acronym = termOf(key);
    const ids = words.flatMap((w) => {
      const t = termOf(w);
      return t ? [termId(t)] : [];
    });
    if (!acronym || ids.length < 2) continue;
    const forms = byFirst.get(ids[0]!) ?? [];
    forms.push({ acronym: termId(acronym), ids, words });
    byFirst.set(ids[0]!, forms);
  }
  // A flag per term that starts a long form: the index build asks of every term (20M at 100k
  // papers), and most terms start none.
  const starts = new Uint8Array(Math.max(-1, ...byFirst.keys()) + 1);
  for (const id of byFirst.keys()) starts[id] = 1;
  const none: LongForm[] = [];
  /** The long forms `seq` (a field's term ids) holds. */
  return (seq: readonly number[]): LongForm[] => {
    let out = none;
    for (let i = 0; i < seq.length; i += 1) {
      if (starts[seq[i]!] !== 1) continue;
      for (const form of byFirst.get(seq[i]!)!) {
        let j = 1;
        while (j < form.ids.length && seq[i + j] === form.ids[j]) j += 1;
        if (j === form.ids.length) (out === none ? (out = []) : out).push(form);
      }
    }
    return out;
  };
}
