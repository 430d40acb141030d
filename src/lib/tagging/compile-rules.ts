/**
 * Compiles the rule data (rules-*.ts) once. Every phrase is indexed by the word prefixes its
 * matches start with, so a paper is tokenized once and each phrase is tried only where one of
 * its anchor words occurs (a sticky regex at that offset), not scanned over the whole text.
 */
import type { GroupRules, PhraseEntry, PhraseSpec } from './rule-types';
import { AnchorTrie, type WordSink } from './anchor-trie';
import { expandCase, phraseAnchors, phraseRequirements, phraseToRegex } from './phrase-syntax';

export interface CompiledPhrase {
  source: string;
  /** Sticky regex, tried at candidate offsets. */
  sticky: RegExp;
  /** Global regex for the rare phrase without anchors. */
  scan: RegExp | null;
  /** Word prefixes of which one must start the match; null = scan the whole text. */
  anchors: string[] | null;
  /** Words the paper must contain for the phrase to be tried: one of each inner list. */
  requires: number[][];
  w: number;
  unless: string[] | undefined;
  negatable: boolean;
  field: 'title' | 'abstract' | undefined;
}

export interface CompiledValue {
  id: string;
  /** Indexes into CompiledRuleSet.phrases. */
  phrases: number[];
  not: number[];
  /** Each entry of `all` may have compiled into several phrases (see expandCase). */
  cooccur: { all: number[][]; w: number }[];
  titleFactor: number | undefined;
  threshold: number;
  /** Some phrase has `unless`: the value needs a second scoring pass. */
  hasUnless: boolean;
  /** The group's fallback value: its evidence matters even below the threshold. */
  isFallback: boolean;
}

export interface CompiledRuleSet {
  phrases: CompiledPhrase[];
  groups: Record<string, CompiledValue[]>;
  /** Anchor and requirement words of all phrases, for candidateOffsets. */
  trie: AnchorTrie;
  requirementCount: number;
  alwaysOn: number[];
}

function toSpec(entry: PhraseEntry): PhraseSpec {
  if (typeof entry === 'string') return { p: entry };
  if (Array.isArray(entry)) return { p: entry[0], w: entry[1] };
  return entry;
}

export function compileRuleSet(groups: Record<string, GroupRules>): CompiledRuleSet {
  const phrases: CompiledPhrase[] = [];
  const trie = new AnchorTrie();
  const requirementIds = new Map<string, number>();
  const requirement = (word: string): number => {
    let id = requirementIds.get(word);
    if (id === undefined) {
      id = requirementIds.size;
      requirementIds.set(word, id);
      if (word.startsWith('=')) trie.add(word.slice(1), 'word-requirement', id);
      else trie.add(word, 'prefix-requirement', id);
    }
    return id;
  };
  const add = (entry: PhraseEntry): number[] =>
    expandCase(toSpec(entry)).map((spec) => {
      const anchors = phraseAnchors(spec.p);
      phrases.push({
        source: spec.p,
        sticky: phraseToRegex(spec.p, 'y'),
        scan: anchors ? null : phraseToRegex(spec.p, 'g'),
        anchors,
        requires: phraseRequirements(spec.p).map((anyOf) => anyOf.map(requirement)),
        w: spec.w ?? 1,
        unless: spec.unless,
        negatable: spec.negatable ?? true,
        field: spec.field,
      });
      return phrases.length - 1;
    });
  const compiledGroups: Record<string, CompiledValue[]> = {};
  for (const [group, rules] of Object.entries(groups)) {
    compiledGroups[group] = rules.values.map((v) => ({
      id: v.id,
      phrases: v.phrases.flatMap(add),
      not: (v.not ?? []).flatMap((p) => add({ p, negatable: false })),
      cooccur: (v.cooccur ?? []).map((c) => ({ all: c.all.map((p) => add(p)), w: c.w })),
      titleFactor: v.titleFactor,
      threshold: v.threshold ?? rules.threshold,
      isFallback: rules.fallback === v.id,
      hasUnless: v.phrases.some(
        (p) => typeof p === 'object' && !Array.isArray(p) && p.unless !== undefined,
      ),
    }));
  }
  const alwaysOn: number[] = [];
  phrases.forEach((ph, i) => {
    if (!ph.anchors) alwaysOn.push(i);
    for (const a of ph.anchors ?? []) {
      if (a.startsWith('=')) trie.add(a.slice(1), 'word-anchor', i);
      else trie.add(a, 'prefix-anchor', i);
    }
  });
  return {
    phrases,
    groups: compiledGroups,
    trie,
    requirementCount: requirementIds.size,
    alwaysOn,
  };
}

/** Where a phrase may match: offsets per field, or 'scan' for phrases without anchors. */
export type Candidates = (number[][] | 'scan' | undefined)[];

/** Collects anchor offsets and present requirement words while the trie walks a paper. */
class CandidateSink implements WordSink {
  readonly out: Candidates;
  readonly present: Uint8Array;

  constructor(
    rules: CompiledRuleSet,
    private readonly fieldCount: number,
  ) {
    this.out = new Array<undefined>(rules.phrases.length);
    for (const i of rules.alwaysOn) this.out[i] = 'scan';
    this.present = new Uint8Array(rules.requirementCount);
  }

  anchor(phrase: number, field: number, start: number): void {
    let slot = this.out[phrase];
    if (slot === 'scan') return;
    if (!slot) {
      slot = [];
      for (let f = 0; f < this.fieldCount; f++) slot.push([]);
      this.out[phrase] = slot;
    }
    // Offsets arrive in text order; a word matching two anchors of one phrase comes once.
    const list = slot[field]!;
    if (list[list.length - 1] !== start) list.push(start);
  }

  requirement(index: number): void {
    this.present[index] = 1;
  }
}

/** One pass over the words of each field: the offsets at which each phrase should be tried. */
export function candidateOffsets(rules: CompiledRuleSet, fields: readonly string[]): Candidates {
  const sink = new CandidateSink(rules, fields.length);
  for (let field = 0; field < fields.length; field++) rules.trie.walk(fields[field]!, field, sink);
  // A phrase whose other words are missing from the paper cannot match: do not try it.
  const { out, present } = sink;
  for (let i = 0; i < out.length; i++) {
    if (!out[i] || out[i] === 'scan') continue;
    for (const anyOf of rules.phrases[i]!.requires) {
      if (!anyOf.some((r) => present[r])) {
        out[i] = undefined;
        break;
      }
    }
  }
  return out;
}
