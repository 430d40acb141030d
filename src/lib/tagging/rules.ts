/** All tagging rules by facet group, with the score each group needs to tag a value. */
import type { RuleGroup } from '../types';
import type { GroupRules } from './rule-types';
import { ARCHITECTURE_RULES } from './rules-technique-architecture';
import { CONTEXT_RULES } from './rules-technique-context';
import { SYSTEMS_RULES } from './rules-technique-systems';
import { MODALITY_RULES } from './rules-modality';
import { CONTRIBUTION_RULES } from './rules-contribution';

export const RULES: Record<RuleGroup, GroupRules> = {
  // 2 = the technique named once where the authors describe their method, or twice elsewhere.
  technique: { values: [...ARCHITECTURE_RULES, ...CONTEXT_RULES, ...SYSTEMS_RULES], threshold: 2 },
  modality: { values: MODALITY_RULES, threshold: 2, fallback: 'text' },
  contribution: { values: CONTRIBUTION_RULES, threshold: 2 },
};
