/**
 * The listing's phrase vocabulary: every candidate phrase of a sample of papers, kept when it is
 * neither too rare (fewer than 2 papers) nor too common (more than a share of the papers), with
 * the form most often written, and acronyms folded into their expansions.
 */
import type { PaperPhrases, PhraseHit } from './phrases';

export interface Vocabulary {
  /** Feature id → phrase key. */
  keys: string[];
  /** Phrase key → feature id. */
  idOf: Map<string, number>;
  /** Feature id → form shown to readers. */
  surface: string[];
  /** Feature id → number of words. */
  words: Int32Array;
  /** Feature id → papers of the sample that hold it. */
  df: Int32Array;
  /** Papers the vocabulary was counted on. */
  sampleSize: number;
  /** Acronym key → expansion key. */
  acronyms: Map<string, string>;
}

export interface VocabularyOptions {
  /** A phrase in more than this share of papers is too common to tell topics apart. */
  maxShare: number;
  /** A phrase in fewer papers is too rare to group any. */
  minDf: number;
}

/** Acronym → expansion, by the expansion most papers give (ties: alphabetical). */
function acronymTable(papers: readonly PaperPhrases[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const p of papers) {
    for (const [acro, expansion] of p.acronyms) {
      const m = votes.get(acro) ?? new Map<string, number>();
      m.set(expansion, (m.get(expansion) ?? 0) + 1);
      votes.set(acro, m);
    }
  }
  const out = new Map<string, string>();
  for (const acro of [...votes.keys()].sort()) {
    const ranked = [...votes.get(acro)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.set(acro, ranked[0]![0]);
  }
  return out;
}

/** The key a hit counts under: a defined acronym standing alone counts as its expansion. */
export function keyOf(hit: PhraseHit, acronyms: ReadonlyMap<string, string>): string {
  return hit.n === 1 ? (acronyms.get(hit.key) ?? hit.key) : hit.key;
}

export function buildVocabulary(
  papers: readonly PaperPhrases[],
  { maxShare, minDf }: VocabularyOptions,
): Vocabulary {
  const acronyms = acronymTable(papers);
  const df = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const p of papers) {
    const seen = new Set<string>();
    for (const hit of p.hits) {
      const key = keyOf(hit, acronyms);
      if (!seen.has(key)) {
        seen.add(key);
        df.set(key, (df.get(key) ?? 0) + 1);
      }
      if (key !== hit.key) continue;
      const f = forms.get(key) ?? new Map<string, number>();
      f.set(hit.surface, (f.get(hit.surface) ?? 0) + (hit.title ? 1 : 2));
      forms.set(key, f);
    }
  }
  const maxDf = Math.max(minDf, Math.floor(maxShare * papers.length));
  const keys = [...df.keys()]
    .filter((k) => {
      const n = df.get(k)!;
      return n >= minDf && n <= maxDf && forms.has(k);
    })
    .sort();
  const idOf = new Map(keys.map((k, i) => [k, i]));
  const surface = keys.map((k) => {
    const ranked = [...forms.get(k)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return ranked[0]![0];
  });
  return {
    keys,
    idOf,
    surface,
    words: Int32Array.from(keys, (k) => k.split(' ').length),
    df: Int32Array.from(keys, (k) => df.get(k)!),
    sampleSize: papers.length,
    acronyms,
  };
}

/** A paper's vocabulary features with their weighted counts (a title hit counts `titleWeight`). */
export function featureCounts(
  p: PaperPhrases,
  vocab: Vocabulary,
  titleWeight: number,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const hit of p.hits) {
    const id = vocab.idOf.get(keyOf(hit, vocab.acronyms));
    if (id === undefined) continue;
    counts.set(id, (counts.get(id) ?? 0) + (hit.title ? titleWeight : 1));
  }
  return counts;
}
