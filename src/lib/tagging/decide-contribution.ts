/** Picks the one contribution kind from the contribution scores ('method' unless another wins). */
import type { TagEvidence } from '../types';
import type { ScoredValue } from './score-rules';

// Splitting one sequence across devices is systems work unless the paper says otherwise.
const SYSTEM_TECHNIQUES = new Set(['sequence-parallelism']);
const SYSTEM_BONUS = 1.5;

export function decideContribution(scores: ScoredValue[], technique: TagEvidence[]): TagEvidence {
  const method = scores.find((s) => s.id === 'method');
  const systemBonus = technique.some((t) => SYSTEM_TECHNIQUES.has(t.id)) ? SYSTEM_BONUS : 0;
  let best: { s: ScoredValue; score: number } | undefined;
  for (const s of scores) {
    if (s.id === 'method') continue;
    const score = s.score + (s.id === 'system' ? systemBonus : 0);
    if (score < s.threshold) continue;
    if (!best || score > best.score) best = { s, score };
  }
  if (best && best.score > (method?.score ?? 0))
    return { id: best.s.id, evidence: best.s.evidence };
  return { id: 'method', evidence: method?.evidence ?? [] };
}
