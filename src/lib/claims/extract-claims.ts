/**
 * Quantitative claims in an abstract: context lengths, speedups, memory/compute reductions and
 * model sizes. Conventions (see the finder files for the details of each):
 * - K = 1,000, M = 1e6, B = 1e9 (scale-units.ts explains why not 1,024).
 * - A range ("1.24-2.01x", "by 20-60%") is one claim valued at its upper end; "from 4K to 1M tokens"
 *   and "2k → 128k" give a claim for each end, since both are lengths the paper reports.
 * - A size glued to a versioned name ("Llama3.2-1B", "Qwen2.5-7B") names a model and is skipped;
 *   a size glued to a plain name ("Mistral-7B", "ProLong-8B") is a model-size claim.
 * - Tokens counted as training data ("trained on 40B tokens") are not a context length.
 * - A context length or model size is the paper's own (claim-scope.ts): those of the field, of
 *   other models and of baselines are left out, so they never rank the paper or pass its context
 *   filter, and the paper page shows none as the paper's.
 * - A length or size is reported once, at its first mention; a speedup or reduction once per
 *   wording, since "2x" and "50%" of different things can share a value.
 */
import type { Claim } from '../types';
import { isPapersOwn } from './claim-scope';
import { prepareAbstract, splitSentences } from './claim-text';
import type { FoundClaim } from './claim-text';
import { percentClaims } from './percent-claims';
import { scaleClaims } from './scale-claims';
import { timesClaims } from './times-claims';

const DIGIT = /\d/;

/** `name`: the paper's own name (paper-name.ts), which marks a sentence as speaking of the paper. */
export function extractClaims(abstract: string, name?: string): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<string>();
  for (const sentence of splitSentences(prepareAbstract(abstract))) {
    // Every finder starts from a number: a sentence without a digit has no claim (most do not).
    if (!DIGIT.test(sentence)) continue;
    const found: FoundClaim[] = [
      ...scaleClaims(sentence),
      ...timesClaims(sentence),
      ...percentClaims(sentence),
    ];
    found.sort((a, b) => a.pos - b.pos);
    for (const { pos, ...claim } of found) {
      if (
        (claim.kind === 'context' || claim.kind === 'model-size') &&
        !isPapersOwn(sentence, pos, pos + claim.text.length, name)
      )
        continue;
      const key = `${claim.kind}|${claim.unit}|${claim.value}|${claim.kind === 'speedup' || claim.kind === 'reduction' ? claim.text : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(claim);
    }
  }
  return out;
}

/**
 * Units that count as a context length for filtering and sorting. Tokens, bytes and base pairs
 * are all one sequence position each, so they compare; frames are left out because one video
 * frame is many tokens and "2,000 frames" would rank below "8K tokens".
 */
export const CONTEXT_FILTER_UNITS: readonly string[] = ['tokens', 'bytes', 'bp'];

/** Longest context the paper claims, in sequence positions; undefined when it claims none. */
export function maxContext(
  claims: readonly Claim[],
  units: readonly string[] = CONTEXT_FILTER_UNITS,
): number | undefined {
  return maxOf(claims.filter((c) => c.kind === 'context' && units.includes(c.unit)));
}

/** Largest speedup the paper claims (×); undefined when it claims none. */
export function maxSpeedup(claims: readonly Claim[]): number | undefined {
  return maxOf(claims.filter((c) => c.kind === 'speedup'));
}

function maxOf(claims: readonly Claim[]): number | undefined {
  return claims.length === 0 ? undefined : Math.max(...claims.map((c) => c.value));
}
