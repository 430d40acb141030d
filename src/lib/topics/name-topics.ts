/**
 * Names and defining phrases of clusters by class-based tf-idf, as BERTopic names its topics:
 * a phrase is distinctive for a cluster when many of its papers hold it (coverage) and few papers
 * outside do (precision). Multi-word phrases are preferred, since "video generation" says more than
 * "video". A phrase is skipped when an already chosen one contains it or is contained in it.
 */
import type { Vocabulary } from './vocabulary';
import { isBoilerplate } from './boilerplate';

export interface RankedPhrase {
  feature: number;
  score: number;
}

const MULTIWORD_BOOST = 1.35;

/** Features of each cluster ranked by distinctiveness (at least `minDf` member papers hold them). */
export function rankPhrases(
  members: readonly (readonly number[])[],
  clusterOf: Int32Array,
  k: number,
  vocab: Vocabulary,
  minDf = 2,
): RankedPhrase[][] {
  const sizes = new Int32Array(k);
  for (const c of clusterOf) if (c >= 0) sizes[c]! += 1;
  const dfIn = Array.from({ length: k }, () => new Map<number, number>());
  members.forEach((features, d) => {
    const c = clusterOf[d]!;
    if (c < 0) return;
    const m = dfIn[c]!;
    for (const f of features) m.set(f, (m.get(f) ?? 0) + 1);
  });
  return dfIn.map((m, c) => {
    const size = Math.max(1, sizes[c]!);
    const ranked: RankedPhrase[] = [];
    for (const [f, n] of m) {
      if (n < minDf) continue;
      const coverage = n / size;
      const precision = n / vocab.df[f]!;
      const boost = vocab.words[f]! > 1 ? MULTIWORD_BOOST : 1;
      ranked.push({ feature: f, score: coverage * precision * boost });
    }
    return ranked.sort((a, b) => b.score - a.score || a.feature - b.feature);
  });
}

function overlaps(a: string, b: string): boolean {
  const x = ` ${a} `;
  const y = ` ${b} `;
  return x.includes(y) || y.includes(x);
}

/** Up to `count` distinctive phrases, none containing another, none boilerplate. */
export function definingPhrases(
  ranked: readonly RankedPhrase[],
  vocab: Vocabulary,
  count: number,
): number[] {
  const chosen: number[] = [];
  for (const r of ranked) {
    const key = vocab.keys[r.feature]!;
    if (isBoilerplate(vocab.surface[r.feature]!)) continue;
    if (chosen.some((f) => overlaps(vocab.keys[f]!, key))) continue;
    chosen.push(r.feature);
    if (chosen.length >= count) break;
  }
  return chosen;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** "Video generation", or "Video generation & camera control" when one phrase would repeat a name. */
export function topicNames(defining: readonly number[][], vocab: Vocabulary): string[] {
  const first = defining.map((d) => (d[0] === undefined ? '' : vocab.surface[d[0]]!));
  const seen = new Map<string, number>();
  for (const f of first) seen.set(f.toLowerCase(), (seen.get(f.toLowerCase()) ?? 0) + 1);
  return defining.map((d, c) => {
    const one = first[c]!;
    const second = d[1] === undefined ? undefined : vocab.surface[d[1]]!;
    if (!one) return 'Other';
    const name = seen.get(one.toLowerCase())! > 1 && second ? `${one} & ${second}` : one;
    return capitalise(name);
  });
}
