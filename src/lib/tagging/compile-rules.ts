/**
 * Compiles the rule data (rules-*.ts) once. Every phrase is indexed by the word prefixes its
 * matches start with, so a paper is tokenized once and each phrase is tried only where one of
 * its anchor words occurs (a sticky regex at that offset), not scanned over the whole text.
 */
import type { GroupRules, PhraseEntry, PhraseSpec } from './rule-types';
import { AnchorTrie } from './anchor-trie';
import { expandCase, phraseAnchors, phraseToRegex } from './phrase-syntax';

export interface CompiledPhrase {
  source: string;
  /** Sticky regex, tried at candidate offsets. */
  sticky: RegExp;
  /** Global regex for the rare phrase without anchors. */
  scan: RegExp | null;
  /** Word prefixes of which one must start the match; null = scan the whole text. */
  anchors: string[] | null;
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
  /** Anchor words of all phrases, for candidateOffsets. */
  trie: AnchorTrie;
  alwaysOn: number[];
}

function toSpec(entry: PhraseEntry): PhraseSpec {
  if (typeof entry === 'string') return { p: entry };
  if (Array.isArray(entry)) return { p: entry[0], w: entry[1] };
  return entry;
}

export function compileRuleSet(groups: Record<string, GroupRules>): CompiledRuleSet {
  const phrases: CompiledPhrase[] = [];
  const add = (entry: PhraseEntry): number[] =>
    expandCase(toSpec(entry)).map((spec) => {
      const anchors = phraseAnchors(spec.p);
      phrases.push({
        source: spec.p,
        sticky: phraseToRegex(spec.p, 'y'),
        scan: anchors ? null : phraseToRegex(spec.p, 'g'),
        anchors,
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
  const trie = new AnchorTrie();
  const alwaysOn: number[] = [];
  phrases.forEach((ph, i) => {
    if (!ph.anchors) alwaysOn.push(i);
    for (const a of ph.anchors ?? []) {
      if (a.startsWith('=')) trie.add(a.slice(1), true, i);
      else trie.add(a, false, i);
    }
  });
  return { phrases, groups: compiledGroups, trie, alwaysOn };
}

/** Where a phrase may match: offsets per field, or 'scan' for phrases without anchors. */
export type Candidates = (number[][] | 'scan' | undefined)[];

/** One pass over the words of each field: the offsets at which each phrase should be tried. */
export function candidateOffsets(rules: CompiledRuleSet, fields: readonly string[]): Candidates {
  const out: Candidates = new Array<undefined>(rules.phrases.length);
  const found: number[] = [];
  for (const i of rules.alwaysOn) out[i] = 'scan';
  fields.forEach((text, field) => {
    // Hand-rolled [A-Za-z0-9]+ scan: no match object per word.
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (word && start < 0) start = i;
      if (word || start < 0) continue;
      const n = rules.trie.visit(text, start, i, found);
      for (let k = 0; k < n; k++) {
        const id = found[k]!;
        let slot = out[id];
        if (slot === 'scan') continue;
        if (!slot) out[id] = slot = fields.map(() => []);
        // Offsets arrive in text order; a word matching two anchors of one phrase comes once.
        const list = slot[field]!;
        if (list[list.length - 1] !== start) list.push(start);
      }
      start = -1;
    }
  });
  return out;
}
