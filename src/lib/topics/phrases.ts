/**
 * Candidate phrases of one paper: runs of content words between punctuation and stopwords
 * (boilerplate.ts), and every 1–4-word n-gram inside a run, keyed by their stems so "video
 * diffusion models" and "video diffusion model" are one phrase. Hyphenated words count as their
 * parts ("vision-language-action model" is four words). Acronyms defined in the text ("Large
 * Language Models (LLMs)") are reported so the corpus can treat both spellings as one phrase.
 */
import { stem } from '../related/terms';
import { PHRASE_STOPWORDS, STOCK_PHRASES, URL_HINT, URL_LIKE } from './boilerplate';

const MAX_PHRASE_WORDS = 4;

export interface PhraseHit {
  /** Stems joined by spaces: the phrase's identity. */
  key: string;
  /** As written, lowercased except acronyms and mixed-case names ("GUI agent", "3D"). */
  surface: string;
  /** Number of words. */
  n: number;
  /** Found in the title (weighs more: a title says what the paper is about). */
  title: boolean;
}

export interface PaperPhrases {
  hits: PhraseHit[];
  /** Acronym key → key of its expansion, as defined in this paper's text. */
  acronyms: [string, string][];
}

/**
 * One pass over a text: a run breaker (group 1: punctuation, a spaced dash, a quote beside a space)
 * or a word. The curly apostrophe breaks runs, so only "'s" stays on a word.
 */
const TOKEN = /([.,;:!?()[\]{}"“”‘’«»|/\\<>=+*&%$#@~^]|\s[–—-]\s|\s'|'\s)|[A-Za-z0-9]+(?:'s)?/g;
const ACRONYM = /\(([A-Z][A-Za-z0-9]*[A-Z][a-z]?s?)\)/g;

/** Folds accents and removes URLs and stock phrases, keeping sentence punctuation in place. */
function prepare(text: string): string {
  // eslint-disable-next-line no-control-regex
  const folded = /[^\x00-\x7f]/.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
  const linkless = URL_HINT.test(folded) ? folded.replace(URL_LIKE, ' . ') : folded;
  return linkless.replace(STOCK_PHRASES, ' , ');
}

/** A word as shown: acronyms and mixed case kept ("GUI", "LoRA", "3D"), others lowercased. */
function showWord(w: string): string {
  return /[A-Z]/.test(w.slice(1)) || /^\d/.test(w) ? w : w.toLowerCase();
}

function keyWord(w: string): string {
  const lower = w.toLowerCase().replace(/['’]s$/, '');
  // "LLMs" → "llm": an acronym's plural is its trailing lowercase s.
  if (/^[A-Z0-9]+s$/.test(w)) return lower.slice(0, -1);
  return stem(lower);
}

function isStop(lower: string): boolean {
  return PHRASE_STOPWORDS.has(lower) || /^\d+$/.test(lower) || lower.length < 2;
}

/** Words seen before: [key, shown], or null for a stopword (100k papers repeat their words). */
const wordCache = new Map<string, Word | null>();
const WORD_CACHE_LIMIT = 500_000;

/** A word as written → [key, shown], or null for a stopword. */
export function analyse(w: string): Word | null {
  let a = wordCache.get(w);
  if (a !== undefined) return a;
  const lower = w.toLowerCase().replace(/['’]s$/, '');
  a = isStop(lower) || isStop(stem(lower)) ? null : [keyWord(w), showWord(w.replace(/['’]s$/, ''))];
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(w, a);
  return a;
}

/** A word as [key, shown]. */
export type Word = readonly [key: string, shown: string];

/**
 * Calls `visit` with each word of `text` as written (hyphenated parts apart), and with null at
 * punctuation, URLs and stock phrases. Stopwords break runs too: `analyse` tells them.
 */
export function walkWords(text: string, visit: (written: string | null) => void): void {
  // Hyphens join the parts of one word: "vision-language" is two words of one run. One regex pass,
  // not a split then a match per piece: placing 100k papers walks 19M words (BENCHMARKS.md).
  for (const m of prepare(text.replace(/(\w)-(?=\w)/g, '$1 ')).matchAll(TOKEN))
    visit(m[1] === undefined ? m[0] : null);
  visit(null);
}

/** The runs of content words of `text`. */
function contentRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  walkWords(text, (written) => {
    const word = written === null ? null : analyse(written);
    if (word) run.push(word);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  return runs;
}

/** How many trailing words of `words` spell the acronym by their initials (0: none). */
function initialsMatch(acronym: string, words: string[]): number {
  const letters = acronym
    .replace(/s$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (let take = 2; take <= words.length; take++) {
    const initials = words
      .slice(words.length - take)
      .flatMap((w) => w.split('-'))
      .map((w) => w[0]?.toLowerCase() ?? '')
      .join('');
    if (initials === letters) return take;
    if (initials.length > letters.length) return 0;
  }
  return 0;
}

function acronymsOf(text: string): [string, string][] {
  const out: [string, string][] = [];
  // The definition pattern backtracks over every word: look for "(X" first.
  if (!/\([A-Z]/.test(text)) return out;
  const prepared = prepare(text);
  for (const m of prepared.matchAll(ACRONYM)) {
    // The up to seven words before "(ACR)", none across punctuation.
    const before = prepared.slice(Math.max(0, m.index - 120), m.index);
    const words = (/(?:[A-Za-z][\w'’-]*\s+){1,7}$/.exec(before)?.[0] ?? '').trim().split(/\s+/);
    const take = initialsMatch(m[1]!, words);
    if (take < 2) continue;
    const tail = words.slice(words.length - take).flatMap((w) => w.split('-'));
    if (tail.some((w) => isStop(w.toLowerCase()))) continue;
    out.push([keyWord(m[1]!), tail.map(keyWord).join(' ')]);
  }
  return out;
}

function pushRuns(runs: Word[][], title: boolean, hits: PhraseHit[]): void {
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      let key = '';
      let surface = '';
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const [k, s] = run[i + n - 1]!;
        key = n === 1 ? k : `${key} ${k}`;
        surface = n === 1 ? s : `${surface} ${s}`;
        hits.push({ key, surface, n, title });
      }
    }
  }
}

export function paperPhrases(title: string, abstract: string): PaperPhrases {
  const hits: PhraseHit[] = [];
  pushRuns(contentRuns(title), true, hits);
  pushRuns(contentRuns(abstract), false, hits);
  return { hits, acronyms: [...acronymsOf(title), ...acronymsOf(abstract)] };
}
