import { describe, expect, it } from 'vitest';
import { tagPaper } from './tag-paper';
import type { PaperTags } from '../types';
import { NEGATIVE, POSITIVE } from './tag-paper.cases';

const ids = (tags: PaperTags['technique']): string[] => tags.map((t) => t.id);
const techniques = (abstract: string, title = ''): string[] =>
  ids(tagPaper(title, abstract).technique);

describe('tagPaper techniques', () => {
  for (const [id, abstracts] of POSITIVE) {
    for (const abstract of abstracts) {
      it(`tags ${id}: "${abstract}"`, () => expect(techniques(abstract)).toContain(id));
    }
  }
  for (const [id, abstracts] of NEGATIVE) {
    for (const abstract of abstracts) {
      it(`does not tag ${id}: "${abstract}"`, () => expect(techniques(abstract)).not.toContain(id));
    }
  }

  it('handles hyphen and space variants alike', () => {
    for (const s of ['KV cache', 'KV-cache', 'key-value cache', 'Key-Value (KV) cache']) {
      expect(techniques(`We compress the ${s}.`)).toContain('kv-cache');
    }
    for (const s of ['state space model', 'state-space model', 'SSM']) {
      expect(techniques(`We propose a ${s}.`)).toContain('state-space-models');
    }
  });

  it('counts what the title names, even with a bare abstract', () => {
    expect(
      techniques('Results on long documents.', 'Sparse Attention for Long Documents'),
    ).toContain('sparse-attention');
  });

  it('takes activations a model computes for no activation memory, even in a title', () => {
    expect(
      techniques('We steer a model with learned vectors.', 'Sparse Activation Steering Vectors'),
    ).not.toContain('activation-memory');
    expect(
      techniques('We recompute activations in the backward pass.', 'Activation Checkpointing'),
    ).toContain('activation-memory');
  });

  it('discounts techniques that are only cited', () => {
    const abstract =
      'Existing methods such as sparse attention and state space models have been proposed. We propose a new KV cache eviction policy.';
    const t = techniques(abstract);
    expect(t).toContain('kv-cache');
    expect(t).not.toContain('sparse-attention');
    expect(t).not.toContain('state-space-models');
  });

  it('links rescaled positions to length generalization', () => {
    const t = techniques('We rescale RoPE so that models extrapolate to longer inputs.');
    expect(t).toEqual(expect.arrayContaining(['position-encoding', 'length-generalization']));
  });

  it('keeps chunks sent to devices as sequence parallelism only', () => {
    const t = techniques(
      'We propose sequence parallelism: we split the sequence into chunks and send each chunk to a GPU.',
    );
    expect(t).toContain('sequence-parallelism');
    expect(t).not.toContain('chunked-processing');
  });
});
