import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperTags } from '../types';
import { applyCuration, parseCuration, unusedCurationSlugs } from './apply-curation';

const tags: PaperTags = {
  technique: [
    { id: 'sparse-attention', evidence: ['sparse attention'] },
    { id: 'diffusion', evidence: ['diffusion'] },
  ],
  modality: [{ id: 'text', evidence: ['LLMs'] }],
  contribution: { id: 'method', evidence: [] },
};

describe('curation', () => {
  it('ships empty for the default corpus', () => {
    expect(JSON.parse(readFileSync('data/curation.json', 'utf8'))).toEqual({});
  });

  it('adds, removes and replaces values, in taxonomy order, keeping rule evidence', () => {
    const { curation, warnings } = parseCuration({
      'a-paper': {
        technique: { add: ['kv-cache'], remove: ['diffusion'] },
        modality: ['video'],
        contribution: 'analysis',
      },
    });
    expect(warnings).toEqual([]);
    const out = applyCuration('a-paper', tags, curation);
    expect(out.technique).toEqual([
      { id: 'sparse-attention', evidence: ['sparse attention'] },
      { id: 'kv-cache', evidence: [] },
    ]);
    expect(out.modality).toEqual([{ id: 'video', evidence: [] }]);
    expect(out.contribution).toEqual({ id: 'analysis', evidence: [] });
    expect(applyCuration('other', tags, curation)).toBe(tags);
  });

  it('drops unknown ids and malformed entries with a warning each', () => {
    const { curation, warnings } = parseCuration({
      good: { technique: ['kv-cache', 'nope'] },
      bad: 3,
      worse: { contribution: 'novel' },
    });
    expect(curation.good?.technique).toEqual({ set: ['kv-cache'] });
    expect(warnings).toHaveLength(3);
    expect(parseCuration([]).warnings).toHaveLength(1);
  });

  it('reports slugs that match no paper', () => {
    expect(unusedCurationSlugs({ a: {}, b: {} }, ['a'])).toEqual(['b']);
  });

  it('ignores inherited keys such as __proto__', () => {
    expect(applyCuration('constructor', tags, {})).toBe(tags);
  });
});
