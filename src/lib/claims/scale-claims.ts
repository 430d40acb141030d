/** Context-length and model-size claims: numbers of tokens, frames, bytes, base pairs or parameters. */
import { NUM, parseNumber, tidy } from './claim-text';
import type { FoundClaim } from './claim-text';
import { MULTIPLIER, readUnit } from './scale-units';
import type { UnitReading } from './scale-units';

/**
 * A number with an optional scale suffix. The look-behind keeps digits inside names ("Qwen2",
 * "S4", "3.18") out; the look-ahead rejects "58x", "80GB", "90%", which other finders handle.
 */
const SCALE_RE = new RegExp(
  String.raw`(?<![\w.,])(${NUM})(?:(kb)|([kKMBT])|\s?(million|billion|trillion)\b)?(?![A-Za-z0-9%×])`,
  'g',
);

/** Text between two numbers that makes them one range or list: "4K to 1M tokens", "1K-8K", "128K or 1M". */
const CONNECTOR =
  /^\s*(?:-|–|—|to|→|->|and|or|,|,\s*and|,\s*or)\s*(?:(?:up to|over|about|almost|nearly)\s+)?$/;

interface Hit {
  start: number;
  end: number;
  raw: string;
  suffix: string;
  reading: UnitReading;
}

/** K is never a parameter count and B never a context here, so only unknown or M-numbers switch kind. */
function mayBorrow(hit: Hit, unit: UnitReading['unit']): boolean {
  if (hit.reading.unit === null || hit.suffix === 'M' || hit.suffix === 'million') return true;
  if (hit.suffix === 'k' || hit.suffix === 'K') return unit !== 'params';
  return hit.reading.unit === unit;
}

/** The number a hit writes, its scale suffix applied ("128K" is 128,000). */
const valueOf = (hit: Hit): number => parseNumber(hit.raw) * (MULTIPLIER[hit.suffix] ?? 1);

export function scaleClaims(sentence: string): FoundClaim[] {
  const hits: Hit[] = [];
  for (const m of sentence.matchAll(SCALE_RE)) {
    const raw = m[1] ?? '';
    const suffix = m[2] ?? m[3] ?? m[4] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    // The words that qualify a number sit right next to it; a short window keeps the $-anchored
    // patterns in readUnit from rescanning the whole sentence for every number.
    const before = sentence.slice(Math.max(0, start - 60), start);
    const reading = readUnit(raw, suffix, before, sentence.slice(end, end + 60), sentence);
    hits.push({ start, end, raw, suffix, reading });
  }
  // Right to left, so "from 2K to 4K to 1M tokens" passes the unit all the way back.
  for (let i = hits.length - 2; i >= 0; i--) {
    const hit = hits[i];
    const next = hits[i + 1];
    if (!hit || !next || !hit.reading.open || next.reading.unit === null) continue;
    if (!CONNECTOR.test(sentence.slice(hit.end, next.start)) || !mayBorrow(hit, next.reading.unit))
      continue;
    hit.reading = { unit: next.reading.unit, phrase: '', open: true };
  }
  // Left to right, a bare number after a length in a rising range or list takes its unit: "length
  // from 512 to 4096", "lengths of 512, 1024 and 2048" (a smaller one counts something else).
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i];
    const prev = hits[i - 1];
    if (!hit || !prev || hit.suffix || !hit.reading.open || hit.reading.unit !== null) continue;
    if (prev.reading.unit !== 'tokens' || !CONNECTOR.test(sentence.slice(prev.end, hit.start)))
      continue;
    if (valueOf(hit) > valueOf(prev)) hit.reading = { unit: 'tokens', phrase: '', open: true };
  }
  const claims: FoundClaim[] = [];
  for (const hit of hits) {
    const unit = hit.reading.unit;
    if (unit === null) continue;
    const value = tidy(valueOf(hit), 0);
    // "a 1-frame optimization": one of something is no length or size. A model has thousands of
    // parameters at least: "modifies just ~100 parameters" counts what a method changes.
    if (!(value > 1) || (unit === 'params' && value < 1e4)) continue;
    claims.push({
      kind: unit === 'params' ? 'model-size' : 'context',
      value,
      unit,
      text: sentence.slice(hit.start, hit.end) + hit.reading.phrase.replace(/\s+$/, ''),
      sentence,
      pos: hit.start,
    });
  }
  return claims;
}
