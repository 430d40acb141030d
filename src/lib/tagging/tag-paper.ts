/**
 * Explainable, deterministic tagging of one paper from its title and abstract.
 * Rules are data (rules-*.ts); every tag carries the phrases, as written, that triggered it.
 */
import type { PaperTags, RuleGroup, TagEvidence } from '../types';
import { orderOf } from '../taxonomy';
import { candidateOffsets, compileRuleSet, type CompiledRuleSet } from './compile-rules';
import { decideContribution, kindFromIntroduction, kindFromTitle } from './decide-contribution';
import { RULES } from './rules';
import { makeField, PaperMatcher } from './paper-matcher';
import { scoreGroup, type ScoredValue } from './score-rules';
import { analyseSentences, FACTORS, FLAT_FACTORS, nameFromTitle } from './sentences';

const NAMED_METHOD_BONUS = 1.5;

type PaperScores = Record<RuleGroup, ScoredValue[]> & { titleKind: TagEvidence | undefined };

let compiled: CompiledRuleSet | undefined;

/** The compiled rules, built on first use and shared by every later call. */
export function compiledRules(): CompiledRuleSet {
  compiled ??= compileRuleSet(RULES);
  return compiled;
}

/** Every value's score and evidence, including those below threshold (for evaluation and debugging). */
function scorePaper(title: string, abstract: string): PaperScores {
  const rules = compiledRules();
  const titleField = makeField(title, [{ start: 0, end: title.length, factor: 1 }], true);
  const abstractField = makeField(abstract, analyseSentences(title, abstract), false);
  const candidates = candidateOffsets(rules, [title, abstract]);
  const matcher = new PaperMatcher(rules, [titleField, abstractField], candidates);
  let technique = scoreGroup(matcher, 'technique', FACTORS.title, 'structured');
  const contribution = scoreGroup(matcher, 'contribution', FACTORS.title, 'structured');
  // "Name: subtitle" titles introduce something named: a method, unless the text says otherwise.
  const method = contribution.find((s) => s.id === 'method');
  const name = nameFromTitle(title);
  if (method && name) method.score += NAMED_METHOD_BONUS;
  // The kind the paper names itself: by its title, else by what its abstract calls its name.
  const titleKind =
    kindFromTitle(title) ?? (name ? kindFromIntroduction(name, abstract) : undefined);
  // What a survey cites is what it is about: citing sentences count in full.
  if (decideContribution(contribution, fired('technique', technique), titleKind).id === 'survey') {
    technique = scoreGroup(matcher, 'technique', FACTORS.title, 'plain');
  }
  return {
    technique,
    modality: scoreGroup(matcher, 'modality', FLAT_FACTORS.title, 'flat'),
    contribution,
    titleKind,
  };
}

function fired(group: RuleGroup, scores: ScoredValue[]): TagEvidence[] {
  let hits = scores.filter((s) => s.score >= s.threshold);
  const fallback = RULES[group].fallback;
  if (hits.length === 0 && fallback) hits = scores.filter((s) => s.id === fallback && s.score > 0);
  return hits
    .sort((a, b) => orderOf(group, a.id) - orderOf(group, b.id))
    .map((s) => ({ id: s.id, evidence: s.evidence }));
}

/** Tags from scores: values at or above their threshold, and exactly one contribution. */
function tagsFromScores(scores: PaperScores): PaperTags {
  const technique = fired('technique', scores.technique);
  return {
    technique,
    modality: fired('modality', scores.modality),
    contribution: decideContribution(scores.contribution, technique, scores.titleKind),
  };
}

export function tagPaper(title: string, abstract: string): PaperTags {
  return tagsFromScores(scorePaper(title, abstract));
}
