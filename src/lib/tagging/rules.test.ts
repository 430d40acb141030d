import { describe, expect, it } from 'vitest';
import type { RuleGroup } from '../types';

const FACET_GROUPS: readonly RuleGroup[] = ['technique', 'modality', 'contribution'];
import { idsOf } from '../taxonomy';
import { compileRuleSet } from './compile-rules';
import { RULES } from './rules';

describe('tagging rules data', () => {
  it('has rules for exactly the taxonomy values, in no particular order', () => {
    for (const group of FACET_GROUPS) {
      expect(RULES[group].values.map((v) => v.id).sort()).toEqual(idsOf(group).sort());
    }
  });

  it('compiles every phrase, each with an anchor word (no full-text scans)', () => {
    const compiled = compileRuleSet(RULES);
    expect(compiled.phrases.length).toBeGreaterThan(100);
    expect(compiled.alwaysOn.map((i) => compiled.phrases[i]?.source)).toEqual([]);
  });

  it('names only known values in `unless` and fallback', () => {
    for (const group of FACET_GROUPS) {
      const known = new Set(idsOf(group));
      const fallback = RULES[group].fallback;
      if (fallback) expect(known.has(fallback)).toBe(true);
      for (const v of RULES[group].values) {
        for (const p of v.phrases) {
          if (typeof p === 'object' && !Array.isArray(p))
            for (const id of p.unless ?? []) expect(known.has(id), id).toBe(true);
        }
      }
    }
  });
});
