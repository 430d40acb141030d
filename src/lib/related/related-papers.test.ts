import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRelated } from './related-papers';
import { stem, terms } from './terms';

const doc = (title: string, abstract: string) => ({ title, abstract });

const CORPUS = [
  doc(
    'KV cache eviction for long-context inference',
    'We evict KV cache entries by attention scores to cut decoding memory.',
  ),
  doc(
    'Compressing the KV cache with quantization',
    'Quantization of the KV cache lowers decoding memory for long prompts.',
  ),
  doc(
    'Streaming attention sinks',
    'Attention sinks keep a few KV cache entries so decoding streams forever.',
  ),
  doc(
    'Protein language models at genome scale',
    'A protein language model reads genome sequences of nucleotides.',
  ),
  doc(
    'DNA foundation model with nucleotide resolution',
    'Genome modelling at single nucleotide resolution across long DNA.',
  ),
  doc(
    'Long video generation with diffusion',
    'A diffusion transformer generates minute-long video with temporal coherence.',
  ),
  doc(
    'Autoregressive video diffusion world model',
    'Video diffusion predicts future frames of a driving world model.',
  ),
  doc(
    'Music generation with latent diffusion',
    'Latent diffusion generates full songs of symbolic music.',
  ),
];

const stems = (text: string) => new Set(terms(text).map((t) => t.stem));

describe('computeRelated', () => {
  const related = computeRelated(CORPUS, 2);

  it('relates papers on the same topic', () => {
    expect(related[0]?.map((r) => r.index).sort()).toEqual([1, 2]);
    expect(related[3]?.[0]?.index).toBe(4);
    expect(related[5]?.[0]?.index).toBe(6);
  });

  it('never includes the paper itself, repeats nothing and gives k results when possible', () => {
    related.forEach((list, i) => {
      const ids = list.map((r) => r.index);
      expect(ids).not.toContain(i);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeLessThanOrEqual(2);
    });
    expect(related[0]).toHaveLength(2);
  });

  it('shows 1-5 shared words that both papers use, as the first one writes them', () => {
    related.forEach((list, i) => {
      const a = CORPUS[i];
      for (const { index, shared } of list) {
        const b = CORPUS[index];
        expect(shared.length).toBeGreaterThan(0);
        expect(shared.length).toBeLessThanOrEqual(5);
        for (const word of shared) {
          expect(`${a?.title} ${a?.abstract}`.toLowerCase()).toContain(word);
          expect(stems(`${b?.title} ${b?.abstract}`).has(stem(word))).toBe(true);
        }
      }
    });
    expect(related[0]?.find((r) => r.index === 1)?.shared).toContain('kv');
  });

  it('is deterministic', () => {
    expect(computeRelated(CORPUS, 2)).toEqual(related);
  });

  it('handles empty input, empty documents and k = 0', () => {
    expect(computeRelated([])).toEqual([]);
    expect(computeRelated([doc('', ''), doc('', '')])).toEqual([[], []]);
    expect(computeRelated(CORPUS, 0).every((l) => l.length === 0)).toBe(true);
  });

  it('accepts a title weight of 0 (abstracts only)', () => {
    const out = computeRelated(CORPUS, 2, { titleWeight: 0 });
    expect(out[0]?.map((r) => r.index).sort()).toEqual([1, 2]);
    out.flat().forEach((r) => expect(r.shared.length).toBeGreaterThan(0));
  });

  it('relates a duplicate to its twin, not to itself', () => {
    const twins = [...CORPUS, CORPUS[3] ?? doc('', '')];
    expect(computeRelated(twins, 1)[8]?.[0]?.index).toBe(3);
  });

  it('keeps its invariants on random corpora, even with tiny pruning budgets (property)', () => {
    const vocab = [
      'cache',
      'attention',
      'genome',
      'video',
      'diffusion',
      'sparse',
      'kernel',
      'token',
      'memory',
      'ssm',
    ];
    const text = fc.array(fc.constantFrom(...vocab), { maxLength: 12 }).map((w) => w.join(' '));
    const docs = fc.array(fc.record({ title: text, abstract: text }), { maxLength: 25 });
    fc.assert(
      fc.property(
        docs,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        (ds, k, maxPostings) => {
          const out = computeRelated(ds, k, { maxPostings, topTerms: 4 });
          expect(out).toHaveLength(ds.length);
          out.forEach((list, i) => {
            expect(list.length).toBeLessThanOrEqual(k);
            for (const r of list) {
              expect(r.index).not.toBe(i);
              expect(r.index).toBeGreaterThanOrEqual(0);
              expect(r.index).toBeLessThan(ds.length);
            }
          });
        },
      ),
    );
  });
});
