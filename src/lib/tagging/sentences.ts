/**
 * Sentence spans of an abstract and how much a rule match in each one counts.
 * A technique named where the authors describe their own work ("we propose…") says more
 * about the paper than one named while citing others ("existing sparse attention methods…").
 */

export interface SentenceSpan {
  start: number;
  end: number;
  /** Factor for technique and contribution rules (who is speaking matters). */
  factor: number;
  /** Absolute [start, end) ranges reached by an example/comparison cue ("such as X and Y"). */
  cues?: [number, number][];
}

/** Context factors. The title counts most: it names what the paper is about. */
export const FACTORS = {
  title: 3,
  proposal: 2,
  proposalCiting: 1.5,
  /** A neutral sentence after the first proposal usually details the method. */
  elaboration: 1.5,
  named: 1.5,
  neutral: 1,
  /** Neutral sentences before the first proposal mostly set the scene. */
  preamble: 0.75,
  namedCiting: 1,
  /** A citing sentence, or a match right after "such as", "compared to"… */
  citing: 0.4,
} as const;

/** Modality is about the data, not whose work it is: only an example cue ("such as") lowers a mention. */
export const FLAT_FACTORS = { title: 3, neutral: 1, citing: 0.5 } as const;

/** Everything a survey names is what it reviews: every abstract sentence counts alike. */
const PLAIN_FACTOR = 1.5;

export type ContextMode = 'structured' | 'flat' | 'plain';

/** How far (in characters) an example cue reaches forward: "such as X, Y and Z". */
const CUE_REACH = 80;

// Sentence end: punctuation, optional closing quote/bracket, space, then an upper-case start.
const BOUNDARY = /[.!?]+["'\u201d)\]]*\s+(?=[A-Z0-9("'\u201c`\\[])/g;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|et al|vs|cf|fig|figs|eq|eqs|approx|resp|incl|no|sec|ref)|\b[A-Z])\.$/i;

// "we propose / this paper presents / our method…": the authors describe (or study) their own
// work. Any "we <verb>" counts except reporting verbs ("we show", "we find") and auxiliaries.
const PROPOSAL =
  /\b(?:this (?:paper|work|study|report|survey)|our (?:work|paper))\b(?:\s+[\w-]+){0,3}?\s+(?:propose|introduce|present|develop|design|devise|build|construct|create|offer|investigate|stud(?:y|ies)|analy[sz]e|examine|explore|characteri[sz]e|focus|review)\w*|\bour (?:[\w-]+ )?(?:method|approach|model|framework|system|architecture|design|technique|algorithm|solution)s?\b/i;
const WE_ACT =
  /\b(?:[Ww]e|I)\s+(?:(?:also|further|then|first|additionally|finally|next|thus|therefore|newly|carefully|simply|instead)\s+)?(?!(?:show|find|found|observe|demonstrate|evaluate|compare|achieve|improve|outperform|surpass|set|reach|attain|match|exceed|beat|note|discuss|conclude|believe|hope|expect|argue|obtain|report|reveal|verify|validate|confirm|test|benchmark|measure|highlight|can|could|are|have|had|need|do|would|will|should|may|might|must|were|was|see|refer|call for|want)\b)[a-z]{3,}/;

// A sentence about other people's work.
// ("existing LLMs" are the models a method applies to, not prior work.)
const CITING =
  /\b(?:existing(?!\s+(?:[\w-]+\s+)?(?:LLMs?|models?|language models?|pre-?trained|transformers?|VLMs?|networks?))|prior|previous|conventional|traditional|popular|typically|have been|has been|current(?:ly)?|recent(?:ly)?|competitors?|competing)\b|^\s*(?:While|Although|Though|Despite|However)\b/i;

// Cues that what follows is an example or a point of comparison, not the paper's own method.
const EXAMPLE_CUE =
  /\b(?:such as|e\.g\.|like|unlike|compared (?:to|with)|than|baselines?|outperform\w*|surpass\w*|various|many|diverse|numerous|alternatives?|other|inspired by|similar to|akin to|analogous to)\b/gi;
// A cue's reach ends at the next clause: "such as BART by extending them…".
const CUE_STOP =
  /\b(?:by|which|that|while|where|whereas|thereby|through|via|but|to|we|including)\b|[;:]/g;

// Outcome sentences: they repeat effects ("reduces the KV cache by 50%"), not the method.
const RESULT =
  /\b(?:experiments?|experimental|results?|evaluations?|we (?:show|demonstrate|find|observe)|achiev\w*|speedups?)\b/i;

export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 12), m.index + 1);
    if (ABBREVIATION.test(before)) continue;
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The paper's own name, taken from a "Name: subtitle" title; used to spot sentences about it. */
export function nameFromTitle(title: string): string | undefined {
  // "… Random Spectral Attention (WERSA)": a trailing acronym in brackets names the method.
  const trailing = /\(([A-Z][A-Za-z0-9-]{1,20})\)\s*$/.exec(title);
  if (trailing?.[1]) return trailing[1];
  const m = /^\s*([^:]{2,40}?)\s*:/.exec(title);
  if (!m?.[1]) return undefined;
  const name = m[1].trim();
  // "Beyond Context Limits: …" is a slogan, not a name: names are one or two words.
  return name.split(/\s+/).length <= 2 ? name : undefined;
}

/** Whether `name` occurs in `sentence` as a whole word (indexOf: no regex per paper). */
function mentions(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    const before = sentence.charCodeAt(at - 1);
    const after = sentence.charCodeAt(at + name.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isProposal(sentence: string): boolean {
  return WE_ACT.test(sentence) || PROPOSAL.test(sentence);
}

function factorOf(
  sentence: string,
  proposal: boolean,
  name: string | undefined,
  afterProposal: boolean,
): number {
  const citing = CITING.test(sentence);
  if (proposal) return citing ? FACTORS.proposalCiting : FACTORS.proposal;
  if (RESULT.test(sentence)) return citing ? FACTORS.citing : FACTORS.neutral;
  if (name && mentions(sentence, name)) return citing ? FACTORS.namedCiting : FACTORS.named;
  if (citing) return FACTORS.citing;
  return afterProposal ? FACTORS.elaboration : FACTORS.preamble;
}

/** The factor of a match at `offset`, lowered when an example cue shortly precedes it. */
export function factorAt(span: SentenceSpan, offset: number, mode: ContextMode): number {
  if (mode === 'plain') return PLAIN_FACTOR;
  const base = mode === 'flat' ? FLAT_FACTORS.neutral : span.factor;
  const cued = span.cues?.some(([a, b]) => a <= offset && offset < b);
  if (!cued) return base;
  return Math.min(base, mode === 'flat' ? FLAT_FACTORS.citing : FACTORS.citing);
}

function cueRanges(sentence: string, offset: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of sentence.matchAll(EXAMPLE_CUE)) {
    const from = m.index + m[0].length;
    CUE_STOP.lastIndex = from;
    const stop = CUE_STOP.exec(sentence)?.index ?? sentence.length;
    ranges.push([offset + from, offset + Math.min(stop, from + CUE_REACH)]);
  }
  return ranges;
}

/** Sentence spans of `abstract` with their context factors. */
export function analyseSentences(title: string, abstract: string): SentenceSpan[] {
  const spans = splitSentences(abstract);
  const name = nameFromTitle(title);
  let afterProposal = false;
  return spans.map(({ start, end }) => {
    const sentence = abstract.slice(start, end);
    const proposal = isProposal(sentence);
    const factor = factorOf(sentence, proposal, name, afterProposal);
    const cues = cueRanges(sentence, start);
    afterProposal ||= proposal;
    return cues.length ? { start, end, factor, cues } : { start, end, factor };
  });
}
