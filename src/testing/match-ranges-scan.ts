/** matchRanges testing every word of the text: the reference its word lookup must agree with. */
import { matchers, rangesOf } from '../lib/search/match-ranges';
import type { MatchRange } from '../lib/search/match-ranges';
import { wordsOf } from '../lib/search/text-words';

export function matchRangesByScan(text: string, terms: readonly string[]): MatchRange[] {
  if (!terms.length || !text) return [];
  const words = wordsOf(text);
  return rangesOf(
    words,
    words.runs.map((_, r) => r),
    matchers(terms, false),
  );
}
