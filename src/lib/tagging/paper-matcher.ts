/** Finds where the compiled phrases occur in one paper, each phrase at most once. */
import type { Candidates, CompiledPhrase, CompiledRuleSet, CompiledValue } from './compile-rules';
import { factorAt, type ContextMode, type SentenceSpan } from './sentences';

/** One text field (title or abstract) with its sentence spans. */
export interface Field {
  text: string;
  spans: SentenceSpan[];
  isTitle: boolean;
  /** [start, end) ranges of URLs: a link's path is not prose. */
  urls: [number, number][];
}

export interface Hit {
  field: number;
  sentence: number;
  /** Index of the URL the match sits in, or -1. */
  url: number;
  start: number;
  end: number;
}

// A negator up to three words before the match: "not a state space model", "without attention".
const NEGATION =
  /\b(?:not(?!\s+only)|no|non|without|unlike|instead of|rather than|away from|avoids?|avoiding|neither|nor)\b(?:[\s-]+[\w-]+){0,3}[\s-]*$/i;
const URL = /(?:https?:\/\/|www\.)\S+/g;
// A word inside a link's path ("…/sequence-parallelism") is weak evidence, but evidence.
const URL_FACTOR = 0.5;
const NO_HITS: readonly Hit[] = [];

export function makeField(text: string, spans: SentenceSpan[], isTitle: boolean): Field {
  const urls: [number, number][] = [];
  if (text.includes('://') || text.includes('www.')) {
    for (const m of text.matchAll(URL)) urls.push([m.index, m.index + m[0].length]);
  }
  return { text, spans, isTitle, urls };
}

/**
 * Non-overlapping matches of a sticky phrase tried at the given (ascending) word offsets, as
 * flat [start, end, start, end, …].
 */
function tryAt(ph: CompiledPhrase, text: string, offsets: number[]): number[] {
  const out: number[] = [];
  let lastEnd = -1;
  for (const offset of offsets) {
    if (offset < lastEnd) continue;
    ph.sticky.lastIndex = offset;
    // test() + lastIndex: no match array to allocate for the (many) failed tries.
    if (ph.sticky.test(text) && ph.sticky.lastIndex > offset) {
      lastEnd = ph.sticky.lastIndex;
      out.push(offset, lastEnd);
    }
  }
  return out;
}

function scan(ph: CompiledPhrase, text: string): number[] {
  const out: number[] = [];
  if (ph.scan)
    for (const m of text.matchAll(ph.scan))
      if (m[0].length) out.push(m.index, m.index + m[0].length);
  return out;
}

export class PaperMatcher {
  private cache: (readonly Hit[] | undefined)[] = [];

  constructor(
    readonly rules: CompiledRuleSet,
    readonly fields: Field[],
    readonly candidates: Candidates,
  ) {}

  hits(phrase: number): readonly Hit[] {
    const cached = this.cache[phrase];
    if (cached) return cached;
    const ph = this.rules.phrases[phrase];
    const where = this.candidates[phrase];
    let hits: Hit[] | undefined;
    for (let field = 0; ph && where && field < this.fields.length; field++) {
      const f = this.fields[field]!;
      if (ph.field && (ph.field === 'title') !== f.isTitle) continue;
      const offsets = where === 'scan' ? null : where[field];
      if (offsets?.length === 0) continue;
      const matches = offsets ? tryAt(ph, f.text, offsets) : scan(ph, f.text);
      let sentence = 0;
      for (let k = 0; k < matches.length; k += 2) {
        const start = matches[k]!;
        const end = matches[k + 1]!;
        while (sentence < f.spans.length - 1 && f.spans[sentence]!.end <= start) sentence++;
        const spanStart = f.spans[sentence]?.start ?? 0;
        if (ph.negatable && NEGATION.test(f.text.slice(Math.max(spanStart, start - 40), start))) {
          continue;
        }
        const url = f.urls.length ? f.urls.findIndex(([a, b]) => start < b && end > a) : -1;
        (hits ??= []).push({ field, sentence, url, start, end });
      }
    }
    const result = hits ?? NO_HITS;
    this.cache[phrase] = result;
    return result;
  }

  factor(hit: Hit, value: CompiledValue, titleFactor: number, mode: ContextMode): number {
    const f = this.fields[hit.field];
    if (hit.url >= 0) return URL_FACTOR;
    if (f?.isTitle) return value.titleFactor ?? titleFactor;
    const span = f?.spans[hit.sentence];
    return span ? factorAt(span, hit.start, mode) : 1;
  }

  text(hit: Hit): string {
    return this.fields[hit.field]?.text.slice(hit.start, hit.end) ?? '';
  }
}
