/**
 * Candidate phrases of one paper: runs of content words between punctuation and stopwords
 * (boilerplate.ts), and every 1–4-word n-gram inside a run, keyed by their stems so "video
 * diffusion models" and "video diffusion model" are one phrase. Hyphenated words count as their
 * parts ("vision-language-action model" is four words). Acronyms defined in the text ("Large
 * Language Models (LLMs)") are reported so the corpus can treat both spellings as one phrase.
 */
import { stem } from '../related/terms';
import { PHRASE_STOPWORDS, STOCK_PHRASES, URL_LIKE } from './boilerplate';

export const MAX_PHRASE_WORDS = 4;

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

const SPLIT = /[.,;:!?()[\]{}"“”‘’«»|/\\<>=+*&%$#@~^]|\s[–—-]\s|\s'|'\s/;
const WORD = /[A-Za-z0-9]+(?:['’]s)?/g;
const ACRONYM_DEF = /((?:[A-Za-z][\w'’-]*\s+){1,7})\(([A-Z][A-Za-z0-9]*[A-Z][a-z]?s?)\)/g;

/** Folds accents and removes URLs and stock phrases, keeping sentence punctuation in place. */
function prepare(text: string): string {
  // eslint-disable-next-line no-control-regex
  const folded = /[^\x00-\x7f]/.test(text)
    ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : text;
  return folded.replace(URL_LIKE, ' . ').replace(STOCK_PHRASES, ' , ');
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

/** The runs of content words of `text`, each word as [key, shown]. */
export function contentRuns(text: string): [string, string][][] {
  const runs: [string, string][][] = [];
  for (const chunk of prepare(text).split(SPLIT)) {
    let run: [string, string][] = [];
    for (const m of chunk.matchAll(WORD)) {
      const w = m[0];
      const lower = w.toLowerCase().replace(/['’]s$/, '');
      if (isStop(lower) || isStop(stem(lower))) {
        if (run.length) runs.push(run);
        run = [];
      } else run.push([keyWord(w), showWord(w.replace(/['’]s$/, ''))]);
    }
    if (run.length) runs.push(run);
  }
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
  for (const m of prepare(text).matchAll(ACRONYM_DEF)) {
    const words = m[1]!.trim().split(/\s+/);
    const take = initialsMatch(m[2]!, words);
    if (take < 2) continue;
    const tail = words.slice(words.length - take).flatMap((w) => w.split('-'));
    if (tail.some((w) => isStop(w.toLowerCase()))) continue;
    out.push([keyWord(m[2]!), tail.map(keyWord).join(' ')]);
  }
  return out;
}

function pushRuns(runs: [string, string][][], title: boolean, hits: PhraseHit[]): void {
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
  // Hyphens join the parts of one word: "vision-language" is two words of one run.
  pushRuns(contentRuns(title.replace(/(\w)-(?=\w)/g, '$1 ')), true, hits);
  pushRuns(contentRuns(abstract.replace(/(\w)-(?=\w)/g, '$1 ')), false, hits);
  return { hits, acronyms: [...acronymsOf(title), ...acronymsOf(abstract)] };
}
