/**
 * "N×" claims: speedups ("58x speed-up", "2.5X faster", "up to 4000x") and ×-reductions
 * ("20x reduction in attention computation", "4.7x less communication").
 *
 * A ×-reduction is reported as a percentage, like the other reductions: cutting something N-fold
 * removes (1 − 1/N) of it, so "20x reduction" becomes 95%. The claim text keeps the original words.
 * "× longer / larger / higher sparsity / batch size" are capability ratios, not claims we track.
 */
import { MODS, NUM, REDUCE_VERB, parseNumber, tidy } from './claim-text';
import type { FoundClaim } from './claim-text';

/** Optional range start ("1.24-2.01x"), the number, and x / X / × / times, not "8xA100", "8 X A100" or "35times 3". */
const TIMES_RE = new RegExp(
  String.raw`(?<![\w.,])(?:(?:${NUM})\s?(?:-|–)\s?)?(${NUM})\+?\s?(?:x|X|×|times)(?![A-Za-z0-9]|\s\d|\s[A-Z]+\d)`,
  'g',
);

const SPEED = String.raw`speed-?ups?|faster|quicker|(?:higher\s+(?:[\w-]+\s+)?)?throughput|acceleration|speeds?\b|efficiency (?:improvement|gain)s?|(?:more )?efficient\b`;
const REDUCE = String.raw`reductions?|less|fewer|smaller|lower|compression|(?:more )?memory[- ]efficient|memory savings?|cheaper`;
const STOP = String.raw`longer|larger|bigger|wider|deeper|more|better|higher|increase|sparsity|batch|mfu|length|sequences?|context|accuracy|improvement|(?:down|up)sampl\w*`;
/** The first cue after the number decides. */
const AFTER_CUE = new RegExp(String.raw`\b(?:(${SPEED})|(${REDUCE})|(${STOP}))`, 'i');

const SPEED_BEFORE = new RegExp(
  String.raw`\b(?:speeds?|speeding\s+up|accelerat\w*|throughput|latency|ttft|outperform\w*|faster)\b[^;,]*\bby\s+${MODS}$`,
  'i',
);
const REDUCE_BEFORE = new RegExp(String.raw`\b(?:${REDUCE_VERB})\b[^;,]*\bby\s+${MODS}$`, 'i');
/**
 * "extend max sequence length by 3.2x", "an increase of over 400x", "an improvement of 2.7x in
 * Chamfer distance", "improves accuracy … by 2.5x": growth of something, not speed.
 */
const GROWTH_BEFORE =
  /\b(?:increase\w*|extend\w*|expand\w*|scal\w*|larger|longer|lengths?|batch|improvement of|accuracy|quality|scores?|success)\b[^;,]*$/i;
/** "16x the training length", "5% as many": a multiple of something, not a speedup. */
const MULTIPLE_OF = /^\s*(?:the|as|that|of)\b/i;
/** "4.4x self-attention and 1.5x end-to-end speedups": the first number borrows the second's noun. */
const SHARED_NOUN =
  /^\s*(?:[\w-]+\s+){0,2}(?:and|or)\s+(?:(?:up to|over|about|almost|nearly)\s+)?$/;
/** "3.7x to 15.3x": one claim, valued at its upper end. */
const RANGE_GAP = /^\s?(?:-|–|to)\s?$/;

/** A cue word right after the number joins the claim text: "58x speed-up", "20x reduction". */
const CUE_WORD = /^\s?(?:speed-?ups?|faster|reduction|less|fewer|smaller|higher throughput)\b/i;

type Reading = 'speedup' | 'reduction' | null | undefined;

interface Hit {
  start: number;
  end: number;
  value: number;
  reading: Reading;
}

function readAround(before: string, after: string): Reading {
  // Only the words right after the number describe it; "accuracy" later in the clause does not.
  const near = (after.split(/[;,]/)[0] ?? '').split(/\s+/).slice(0, 6).join(' ');
  const cue = AFTER_CUE.exec(near);
  if (cue?.[1]) return 'speedup';
  if (cue?.[2]) return 'reduction';
  if (cue?.[3] || MULTIPLE_OF.test(after)) return null;
  if (SPEED_BEFORE.test(before)) return 'speedup';
  if (REDUCE_BEFORE.test(before)) return 'reduction';
  return GROWTH_BEFORE.test(before) ? null : undefined;
}

function collect(sentence: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of sentence.matchAll(TIMES_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = parseNumber(m[1] ?? '');
    const prev = hits.at(-1);
    if (prev && RANGE_GAP.test(sentence.slice(prev.end, start))) {
      prev.end = end;
      prev.value = Math.max(prev.value, value);
    } else {
      hits.push({ start, end, value, reading: undefined });
    }
  }
  return hits;
}

export function timesClaims(sentence: string): FoundClaim[] {
  const hits = collect(sentence);
  hits.forEach((hit, i) => {
    const from = Math.max(hits[i - 1]?.end ?? 0, hit.start - 80);
    const to = hits[i + 1]?.start ?? sentence.length;
    hit.reading = readAround(sentence.slice(from, hit.start), sentence.slice(hit.end, to));
  });
  for (let i = hits.length - 2; i >= 0; i--) {
    const hit = hits[i];
    const next = hits[i + 1];
    if (
      hit &&
      next &&
      hit.reading === undefined &&
      SHARED_NOUN.test(sentence.slice(hit.end, next.start))
    ) {
      hit.reading = next.reading;
    }
  }
  const claims: FoundClaim[] = [];
  for (const hit of hits) {
    // With no cue either way, a ratio in an abstract on efficiency is a speedup ("up to 7.93×").
    if (hit.reading === undefined) hit.reading = 'speedup';
    if (!hit.reading || !(hit.value > 1)) continue;
    const text =
      sentence.slice(hit.start, hit.end) + (CUE_WORD.exec(sentence.slice(hit.end))?.[0] ?? '');
    const base = { text, sentence, pos: hit.start };
    if (hit.reading === 'speedup')
      claims.push({ kind: 'speedup', value: hit.value, unit: '×', ...base });
    else
      claims.push({
        kind: 'reduction',
        value: tidy((1 - 1 / hit.value) * 100, 1),
        unit: '%',
        ...base,
      });
  }
  return claims;
}
