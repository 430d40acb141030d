import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paperPhrases } from './phrases';
import { buildVocabulary, featureCounts } from './vocabulary';
import { placementReader, PLACEMENT_WORDS } from './placement';
import { countsOf } from './sparse';

const WORDS = [
  'video',
  'diffusion',
  'model',
  'models',
  'GUI',
  'agent',
  'agents',
  'the',
  'of',
  'LLMs',
  'GRPO',
  'large',
  'language',
  'kv',
  'cache',
  'long-context',
  'tool',
  'use',
  '.',
  ',',
  '(',
  ')',
  'state-of-the-art',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' '));
const corpus = [
  [
    'Video diffusion models',
    'We train video diffusion models with a KV cache and Group Relative Policy Optimization (GRPO).',
  ],
  [
    'GUI agents that use tools',
    'GUI agents learn tool use. The KV cache of large language models grows.',
  ],
  ['Long-context video models', 'Video diffusion model for long-context GUI agent tool use.'],
  [
    'LLM agents',
    'LLMs as agents: tool use, Group Relative Policy Optimization (GRPO) and KV cache reuse.',
  ],
] as const;
const vocab = buildVocabulary(
  corpus.map(([t, a]) => paperPhrases(t, a)),
  { maxShare: 1, minDf: 2 },
);

/** The slow reference: every phrase spelled out, then looked up. */
function reference(title: string, abstract: string) {
  const p = paperPhrases(title, abstract);
  return countsOf(
    featureCounts({ ...p, hits: p.hits.filter((h) => h.n <= PLACEMENT_WORDS) }, vocab, 3),
  );
}

describe('placementReader', () => {
  const read = placementReader(vocab, 3);

  it('counts the same 1–2-word features as the phrase path', () => {
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        expect(read(title, abstract)).toEqual(reference(title, abstract));
      }),
    );
  });

  it('counts an acronym as its expansion and weighs title hits', () => {
    const counts = read('KV cache', 'LLMs use a KV cache.');
    const kv = vocab.idOf.get('kv cach');
    expect(kv).toBeDefined();
    expect(counts.counts[counts.ids.indexOf(kv!)]).toBe(4);
    const grpo = vocab.idOf.get(vocab.acronyms.get('grpo')!);
    expect(grpo).toBeDefined();
    expect(read('', 'GRPO, again GRPO.')).toEqual({
      ids: Int32Array.of(grpo!),
      counts: Float64Array.of(2),
    });
  });
});
