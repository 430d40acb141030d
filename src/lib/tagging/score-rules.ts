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

interface Credit {
  hit: Hit;
  weight: number;
}

interface Context {
  matcher: PaperMatcher;
  titleFactor: number;
  mode: ContextMode;
  /** Values tagged by the first pass; null during the first pass (then `unless` phrases wait). */
  fired: Set<string> | null;
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
  const ctx: Context = { matcher, titleFactor, mode, fired: null };
  const out: ScoredValue[] = [];
  for (const v of values) out.push(scoreValue(ctx, v));
  if (!values.some((v) => v.hasUnless)) return out;
  ctx.fired = new Set(out.filter((s) => s.score >= s.threshold).map((s) => s.id));
  for (let i = 0; i < values.length; i++)
    if (values[i]!.hasUnless) out[i] = scoreValue(ctx, values[i]!);
  return out;
}

function allowed(unless: string[] | undefined, fired: Set<string> | null): boolean {
  if (!unless) return true;
  if (!fired) return false;
  for (const id of unless) if (fired.has(id)) return false;
  return true;
}

function overlapsAny(hit: Hit, blocked: readonly Hit[]): boolean {
  for (const b of blocked) {
    if (b.field === hit.field && b.start < hit.end && b.end > hit.start) return true;
  }
  return false;
}

function scoreValue(ctx: Context, value: CompiledValue): ScoredValue {
  const { matcher } = ctx;
  const credited: Credit[] = [];
  let blocked: Hit[] | undefined;
  for (const p of value.phrases) {
    const hits = matcher.hits(p);
    if (hits.length === 0) continue;
    const ph = matcher.rules.phrases[p]!;
    if (!allowed(ph.unless, ctx.fired)) continue;
    if (!blocked) {
      blocked = [];
      for (const n of value.not) blocked.push(...matcher.hits(n));
    }
    for (const hit of hits) {
      if (!overlapsAny(hit, blocked))
        credited.push({ hit, weight: ph.w * factorOf(ctx, value, hit) });
    }
  }
  for (const co of value.cooccur) cooccurrences(ctx, value, co, credited);
  if (credited.length === 0)
    return { id: value.id, score: 0, threshold: value.threshold, evidence: [] };

  // Each sentence (or URL) counts once, with its best match.
  const best = new Map<number, number>();
  for (const { hit, weight } of credited) {
    const key = hit.url >= 0 ? -1 - hit.url - 1000 * hit.field : hit.field * 1e5 + hit.sentence;
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

function factorOf(ctx: Context, value: CompiledValue, hit: Hit): number {
  return ctx.matcher.factor(hit, value, ctx.titleFactor, ctx.mode);
}

/** Credits sentences where every phrase of a co-occurrence rule occurs. */
function cooccurrences(
  ctx: Context,
  value: CompiledValue,
  co: CompiledValue['cooccur'][number],
  credited: Credit[],
): void {
  const perPhrase: Hit[][] = [];
  for (const ps of co.all) {
    const hits: Hit[] = [];
    for (const p of ps) hits.push(...ctx.matcher.hits(p));
    if (hits.length === 0) return;
    perPhrase.push(hits);
  }
  for (const first of perPhrase[0]!) {
    const group: Hit[] = [first];
    for (const hs of perPhrase.slice(1)) {
      const partner = hs.find((h) => h.field === first.field && h.sentence === first.sentence);
      if (!partner) break;
      group.push(partner);
    }
    if (group.length < perPhrase.length) continue;
    const weight = co.w * factorOf(ctx, value, first);
    for (const hit of group) credited.push({ hit, weight });
  }
}

/** The distinct phrases as written, strongest first, then in text order. */
function evidenceOf(matcher: PaperMatcher, credited: Credit[]): string[] {
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
