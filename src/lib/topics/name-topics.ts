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
  /** Cluster papers holding it. */
  n: number;
}

const MULTIWORD_BOOST = 1.35;

/** Papers per cluster (-1: in none). */
export function clusterSizes(clusterOf: Int32Array, k: number): Int32Array {
  const sizes = new Int32Array(k);
  for (const c of clusterOf) if (c >= 0) sizes[c]! += 1;
  return sizes;
}

/** Features of each cluster ranked by distinctiveness (at least `minDf` member papers hold them). */
export function rankPhrases(
  members: readonly (readonly number[])[],
  clusterOf: Int32Array,
  k: number,
  vocab: Vocabulary,
  minDf = 2,
): RankedPhrase[][] {
  const sizes = clusterSizes(clusterOf, k);
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
      ranked.push({ feature: f, score: coverage * precision * boost, n });
    }
    return ranked.sort((a, b) => b.score - a.score || a.feature - b.feature);
  });
}

/** One word in two forms the stemmer keeps apart ("physics", "physical"): a shared 5-letter start. */
function variants(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return (
    x.length === y.length &&
    x.every((w, i) => {
      const v = y[i]!;
      const n = Math.min(w.length, v.length, 5);
      return n >= 4 && w.slice(0, n) === v.slice(0, n);
    })
  );
}

/** One phrase inside the other, or both the same words in other forms. */
function overlaps(a: string, b: string): boolean {
  const x = ` ${a} `;
  const y = ` ${b} `;
  return x.includes(y) || y.includes(x) || variants(a, b);
}

/**
 * A fragment's fuller phrase when nearly every cluster paper with the fragment has the fuller one
 * too ("free guidance" → "classifier free guidance", "language action" → "vision language action").
 */
function fullest(
  feature: number,
  inCluster: ReadonlyMap<number, number>,
  vocab: Vocabulary,
): number {
  const key = ` ${vocab.keys[feature]!} `;
  const n = inCluster.get(feature) ?? 0;
  let best = feature;
  for (const [f, m] of inCluster) {
    if (f === feature || m < 0.8 * n || vocab.words[f]! <= vocab.words[best]!) continue;
    if (` ${vocab.keys[f]!} `.includes(key)) best = f;
  }
  return best;
}

/** Up to `count` distinctive phrases, none containing another, none boilerplate. */
export function definingPhrases(
  ranked: readonly RankedPhrase[],
  vocab: Vocabulary,
  count: number,
): number[] {
  const inCluster = new Map(ranked.map((r) => [r.feature, r.n] as const));
  const chosen: number[] = [];
  for (const top of ranked) {
    const r = { feature: fullest(top.feature, inCluster, vocab) };
    const key = vocab.keys[r.feature]!;
    if (isBoilerplate(vocab.surface[r.feature]!)) continue;
    if (chosen.some((f) => overlaps(vocab.keys[f]!, key))) continue;
    if (vocab.words[r.feature]! > 4) continue;
    chosen.push(r.feature);
    if (chosen.length >= count) break;
  }
  return chosen;
}

/** Share of a topic's papers its name should hold, when a multi-word defining phrase does. */
const NAME_COVERAGE = 0.2;
/** Share of a qualifier's papers that must hold one phrase it starts for that phrase to name. */
const HEADED_SHARE = 0.5;

/**
 * Whether a word alone only qualifies another ("physical", "discrete", "agentic"): a topic named
 * "Physical & simulators" reads as a fragment. The build tells by part of speech (word-class.ts).
 */
export type IsQualifier = (word: string) => boolean;

/**
 * The defining phrases with the one to name the topic first: the most distinctive, unless it is
 * held by under NAME_COVERAGE of the topic's `size` papers and a multi-word one is held by more.
 * A name that 3 papers of 23 hold ("Future states") tells a reader little of the other 20;
 * "Spatial reasoning", held by 5, was third. The phrase after it is likewise one held widely.
 * A lone qualifier names nothing unless `completed`, so neither half of a name is one.
 */
export function nameFirst(
  defining: readonly number[],
  ranked: readonly RankedPhrase[],
  size: number,
  vocab: Vocabulary,
  isQualifier: IsQualifier = () => false,
): number[] {
  if (defining.length === 0) return [];
  const held = new Map(ranked.map((r) => [r.feature, r.n] as const));
  const covers = (f: number) => (held.get(f) ?? 0) >= NAME_COVERAGE * size;
  const lone = (f: number) => vocab.words[f]! === 1;
  const nameable = (f: number) => !lone(f) || !isQualifier(vocab.surface[f]!);
  /** A lone qualifier's phrase that HEADED_SHARE of its papers hold ("discrete tokens"). */
  const completed = (f: number): number => {
    if (nameable(f)) return f;
    const starts = ` ${vocab.keys[f]!} `;
    const n = HEADED_SHARE * (held.get(f) ?? 0);
    const r = ranked.find((r) => r.n >= n && ` ${vocab.keys[r.feature]!}`.startsWith(starts));
    return r?.feature ?? f;
  };
  /**
   * A covering defining phrase holding a lone name in another form: "Physical reasoning", not
   * "Physics & physical reasoning". Five letters make a form: "long" is not "longformer".
   */
  const otherForm = (name: number): number | undefined => {
    const key = vocab.keys[name]!;
    const form = (w: string) => w !== key && w.length >= 5 && w.slice(0, 5) === key.slice(0, 5);
    return choices.find((f) => !lone(f) && covers(f) && vocab.keys[f]!.split(' ').some(form));
  };
  const choices = defining.map(completed).filter((f, i, all) => all.indexOf(f) === i);
  const usable = choices.filter(nameable);
  const head = usable[0] ?? choices[0]!;
  const chosen = covers(head) ? head : (usable.find((f) => !lone(f) && covers(f)) ?? head);
  const name = lone(chosen) ? (otherForm(chosen) ?? chosen) : chosen;
  const rest = choices.filter((f) => f !== name && !overlaps(vocab.keys[f]!, vocab.keys[name]!));
  // Second, what a name of two phrases takes: one held widely too, if any is ("Teacher &
  // distillation", not a model 4 of 24 papers name, as "Physical & nano banana" once was).
  const second = rest.find((f) => nameable(f) && covers(f)) ?? rest.find(nameable) ?? rest[0];
  return second === undefined ? [name] : [name, second, ...rest.filter((f) => f !== second)];
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * "Gaussian splatting", or two phrases when one word alone says little ("Teacher & distillation")
 * or would repeat another topic's name.
 */
export function topicNames(defining: readonly number[][], vocab: Vocabulary): string[] {
  const first = defining.map((d) => (d[0] === undefined ? '' : vocab.surface[d[0]]!));
  const seen = new Map<string, number>();
  for (const f of first) seen.set(f.toLowerCase(), (seen.get(f.toLowerCase()) ?? 0) + 1);
  return defining.map((d, c) => {
    const one = first[c]!;
    const second = d[1] === undefined ? undefined : vocab.surface[d[1]]!;
    if (!one) return 'Other';
    const lone = vocab.words[d[0]!]! === 1 && !/[A-Z]{2}/.test(one);
    const name = (seen.get(one.toLowerCase())! > 1 || lone) && second ? `${one} & ${second}` : one;
    return capitalise(name);
  });
}
