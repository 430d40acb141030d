/**
 * Percentage reductions of memory or compute: "reduce over 80% of activation memory",
 * "reduces memory by 50%", "11% less memory", "memory cache by 74.0%" (after an earlier reduction).
 *
 * A percentage counts only next to a reduction verb or word AND a resource noun, so accuracy
 * ("90% passkey accuracy"), gains ("improves accuracy by 8.6%") and shares ("55% of latency") are
 * not reductions. Percent speedups ("11% faster") are left out: the speedup unit is ×.
 * A range ("by 20-60%", "by 12% to 32%") is one claim valued at its upper end.
 */
import { MODS, NUM, POSITIVE_VERB, REDUCE_VERB, parseNumber } from './claim-text';
import type { FoundClaim } from './claim-text';

const PERCENT_RE = new RegExp(
  String.raw`(?<![\w.,])(?:(?:${NUM})\s?%?\s?(?:-|–|to)\s?)?(${NUM})\s?%`,
  'g',
);

const RESOURCE =
  /\b(?:memory|cache|kv|compute|computation(?:al)?|flops?|latency|ttft|time-to-first-token|cost|communication|overheads?|param(?:eter)?s?|activations?|footprint|storage|bandwidth|energy|runtime|budget|usage|size|tokens?|traffic|i\/o)\b/i;

/** "reduces memory usage by up to", "decreases overall TTFT by". */
const VERB_BY = new RegExp(String.raw`\b(?:${REDUCE_VERB})\b([^;,%]{0,60}?)\bby\s+${MODS}$`, 'i');
/** "reduce over", "reducing". */
const VERB_NUM = new RegExp(String.raw`\b(?:${REDUCE_VERB})\s+${MODS}$`, 'i');
/** "reducing computational cost (up to". */
const VERB_PAREN = new RegExp(String.raw`\b(?:${REDUCE_VERB})\b([^;,%()]{0,60})\(\s*${MODS}$`, 'i');
/** "11% less memory", "30% fewer parameters", "50% reduction in". */
const WORD_AFTER = /^\s*(?:less|fewer|lower|smaller|reductions?|savings?|decrease|drop|cut)\b/i;
/** "..., and peak memory usage by 35%" after a reduction in the same sentence. */
const CHAINED = new RegExp(String.raw`^\s*,?\s*(?:and\s+)?([\w\s()-]{0,40}?)\bby\s+${MODS}$`, 'i');

function isReduction(before: string, after: string, chainedFrom: string | undefined): boolean {
  const tail = after.slice(0, 40);
  const byVerb = VERB_BY.exec(before) ?? VERB_PAREN.exec(before);
  if (byVerb)
    return !POSITIVE_VERB.test(byVerb[1] ?? '') && RESOURCE.test((byVerb[1] ?? '') + tail);
  if (VERB_NUM.test(before) || WORD_AFTER.test(after)) return RESOURCE.test(tail);
  if (chainedFrom !== undefined) {
    const chain = CHAINED.exec(chainedFrom);
    return !!chain && !POSITIVE_VERB.test(chain[1] ?? '') && RESOURCE.test(chain[1] ?? '');
  }
  return false;
}

export function percentClaims(sentence: string): FoundClaim[] {
  const claims: FoundClaim[] = [];
  let prevEnd = 0;
  let prevWasReduction = false;
  for (const m of sentence.matchAll(PERCENT_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(prevEnd, start - 90), start);
    const chained: string | undefined = prevWasReduction
      ? sentence.slice(prevEnd, start)
      : undefined;
    const value = parseNumber(m[1] ?? '');
    prevWasReduction =
      value > 0 && value <= 100 && isReduction(before, sentence.slice(end), chained);
    prevEnd = end;
    if (!prevWasReduction) continue;
    claims.push({ kind: 'reduction', value, unit: '%', text: m[0], sentence, pos: start });
  }
  return claims;
}
