/** Picks the one contribution kind from the contribution scores ('method' unless another wins). */
import type { TagEvidence } from '../types';
import type { ScoredValue } from './score-rules';

/** Head nouns by which a title says what kind of paper it is. */
const KIND_NOUNS = new Map(
  Object.entries({
    benchmark: 'benchmark',
    benchmarking: 'benchmark',
    bench: 'benchmark',
    testbed: 'benchmark',
    suite: 'benchmark',
    leaderboard: 'benchmark',
    arena: 'benchmark',
    dataset: 'resource',
    corpus: 'resource',
    survey: 'survey',
  }),
);

// Every word kindFromTitle can go by: a title with none of them is read no further.
const KIND_WORDS = new RegExp([...KIND_NOUNS.keys(), 'eval'].join('|'), 'i');

// Where a title's first noun phrase ends: a preposition, punctuation, or a question.
const PHRASE_END =
  /[;:?!()\u2013\u2014]|\s(?:for|of|on|in|to|with|towards?|from|via|across|at|under|through|by|as|beyond|that|where|when|can|do|does|is|are)\s/i;

/**
 * The kind of paper its title names, when it names one: the subtitle's head noun ("MultiBind: A
 * Benchmark for …", "Fine-T2I: An Open, Large-Scale Dataset for …", "EvalVerse: … Benchmarking
 * for …"), a subtitle that starts by benchmarking or evaluating ("GRADE: Benchmarking …"), or a
 * name that ends in Bench or Eval ("CoVEBench: …", "DR^3-Eval: …"). Evidence: the word that says it.
 */
export function kindFromTitle(title: string): TagEvidence | undefined {
  if (!KIND_WORDS.test(title)) return undefined;
  const colon = title.indexOf(':');
  const name = colon > 0 ? title.slice(0, colon).trim() : '';
  // Case matters: "Retrieval" and "Workbench" end in the letters but are no benchmark's name.
  if (/(?:Bench|BENCH|Eval|EVAL)$/.test(name) && name.split(/\s+/).length <= 2)
    return { id: 'benchmark', evidence: [name] };
  const subtitle = title.slice(colon + 1).trim();
  // "Evaluating …" opening a whole title may be a study; after a name it presents the benchmark.
  const gerund = (colon > 0 ? /^(?:benchmarking|evaluating)\b/i : /^benchmarking\b/i).exec(
    subtitle,
  );
  if (gerund) return { id: 'benchmark', evidence: [gerund[0]] };
  return kindOfPhrase(subtitle);
}

/**
 * The kind a noun phrase's head names: its last word before the phrase ends, and before any
 * participle or adverb that follows it ("… Benchmark Grounded in …", "… corpus specifically
 * designed to …").
 */
function kindOfPhrase(text: string): TagEvidence | undefined {
  const words = (text.split(PHRASE_END)[0] ?? '').split(/\s+/).filter((w) => w !== '');
  while (words.length > 1 && /^[a-z]+(?:ed|ly)$/i.test(words[words.length - 1]!)) words.pop();
  const head = words[words.length - 1]?.toLowerCase();
  // The word as is, else its singular: "corpus" is no plural.
  const id =
    head === undefined ? undefined : (KIND_NOUNS.get(head) ?? KIND_NOUNS.get(head.slice(0, -1)));
  return id ? { id, evidence: [words[words.length - 1]!] } : undefined;
}

const INTRODUCES = /\b(?:introduce|present|release|propose|construct|curate|build|develop)s?\s/gi;

/**
 * The kind the abstract gives the paper's own name, the title's ("VideoKR: Towards …"), where it
 * introduces it: "We introduce VideoKR, the first large-scale training corpus …". Only the
 * title's name counts: "CarePilot: A Multi-Agent Framework" may introduce "CareFlow, a
 * benchmark" beside its method, and is no benchmark paper.
 */
export function kindFromIntroduction(name: string, abstract: string): TagEvidence | undefined {
  if (!KIND_WORDS.test(abstract)) return undefined;
  for (const m of abstract.matchAll(INTRODUCES)) {
    const rest = abstract.slice(m.index + m[0].length);
    if (!rest.startsWith(`${name}, `)) continue;
    const phrase = /^(?:a|an|the)\s([^.;:,()]*)/i.exec(rest.slice(name.length + 2));
    if (phrase) return kindOfPhrase(phrase[1]!);
  }
  return undefined;
}

// Splitting one sequence across devices is systems work unless the paper says otherwise.
const SYSTEM_TECHNIQUES = new Set(['sequence-parallelism']);
const SYSTEM_BONUS = 1.5;

/**
 * The kind the title names, when it names one (kindFromTitle): its abstract "introduces" a
 * benchmark as a method paper introduces its method, so the scores would call it a method.
 * Otherwise the best scored kind over its threshold and over 'method'.
 */
export function decideContribution(
  scores: ScoredValue[],
  technique: TagEvidence[],
  titleKind?: TagEvidence,
): TagEvidence {
  if (titleKind) {
    const scored = scores.find((s) => s.id === titleKind.id)?.evidence ?? [];
    return { id: titleKind.id, evidence: [...new Set([...titleKind.evidence, ...scored])] };
  }
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
