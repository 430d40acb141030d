/** Scores the values of one facet group against a paper, keeping the phrases that fired. */
import type { CompiledValue } from './compile-rules';
import type { Hit, PaperMatcher } from './paper-matcher';
import type { ContextMode } from './sentences';

export interface ScoredValue {
  id: string;
  score: number;
  threshold: number;
  /** Phrases as written; collected only for values at or above threshold (and fallbacks). */
  evidence: string[];
}

const MAX_EVIDENCE = 5;

/**
 * Scores every value of `group`: per sentence the best (weight × context factor) counts once,
 * sentences add up. Phrases with `unless` count only if those values did not fire without them.
 */
export function scoreGroup(
  matcher: PaperMatcher,
  group: string,
  titleFactor: number,
  mode: ContextMode,
): ScoredValue[] {
  const values = matcher.rules.groups[group] ?? [];
  const score = (v: CompiledValue, allowUnless: (ids: string[]) => boolean): ScoredValue =>
    scoreValue(matcher, v, (hit) => matcher.factor(hit, v, titleFactor, mode), allowUnless);
  const firstPass = values.map((v) => score(v, () => false));
  const fired = new Set(firstPass.filter((s) => s.score >= s.threshold).map((s) => s.id));
  return values.map((v, i) =>
    v.hasUnless ? score(v, (ids) => !ids.some((id) => fired.has(id))) : firstPass[i]!,
  );
}

function scoreValue(
  matcher: PaperMatcher,
  value: CompiledValue,
  factorOf: (hit: Hit) => number,
  allowUnless: (ids: string[]) => boolean,
): ScoredValue {
  const credited: { hit: Hit; weight: number }[] = [];
  let blocked: readonly Hit[] | undefined;
  for (const p of value.phrases) {
    const hits = matcher.hits(p);
    if (hits.length === 0) continue;
    const ph = matcher.rules.phrases[p]!;
    if (ph.unless && !allowUnless(ph.unless)) continue;
    blocked ??= value.not.flatMap((n) => matcher.hits(n));
    for (const hit of hits) {
      const overlapsNot = blocked.some(
        (b) => b.field === hit.field && b.start < hit.end && b.end > hit.start,
      );
      if (!overlapsNot) credited.push({ hit, weight: ph.w * factorOf(hit) });
    }
  }
  for (const co of value.cooccur) {
    const perPhrase = co.all.map((ps) => ps.flatMap((p) => matcher.hits(p)));
    if (perPhrase.some((hs) => hs.length === 0)) continue;
    for (const first of perPhrase[0] ?? []) {
      const partners = perPhrase
        .slice(1)
        .map((hs) => hs.find((h) => h.field === first.field && h.sentence === first.sentence));
      if (partners.some((h) => !h)) continue;
      const weight = co.w * factorOf(first);
      for (const hit of [first, ...(partners as Hit[])]) credited.push({ hit, weight });
    }
  }
  if (credited.length === 0)
    return { id: value.id, score: 0, threshold: value.threshold, evidence: [] };

  // Each sentence (or URL) counts once, with its best match.
  const best = new Map<string, number>();
  for (const { hit, weight } of credited) {
    const key = hit.url >= 0 ? `${hit.field}:u${hit.url}` : `${hit.field}:${hit.sentence}`;
    best.set(key, Math.max(best.get(key) ?? 0, weight));
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
  const score = Math.round(sum * 100) / 100;
  // Evidence is only shown for tags: skip collecting it for values that cannot become one.
  const shown = score >= value.threshold || value.isFallback;
  return {
    id: value.id,
    score,
    threshold: value.threshold,
    evidence: shown ? evidenceOf(matcher, credited) : [],
  };
}

/** The distinct phrases as written, strongest first, then in text order. */
function evidenceOf(matcher: PaperMatcher, credited: { hit: Hit; weight: number }[]): string[] {
  const order = (h: Hit): number => h.field * 1e6 + h.start;
  const sorted = [...credited].sort((a, b) => b.weight - a.weight || order(a.hit) - order(b.hit));
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const { hit } of sorted) {
    const text = matcher.text(hit);
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    phrases.push(text);
    if (phrases.length >= MAX_EVIDENCE) break;
  }
  return phrases;
}
