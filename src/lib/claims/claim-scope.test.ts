import { describe, expect, it } from 'vitest';
import { extractClaims, maxContext } from './extract-claims';

/** Context lengths an abstract credits to the paper itself. */
const own = (abstract: string, name?: string): number[] =>
  extractClaims(abstract, name)
    .filter((c) => c.kind === 'context')
    .map((c) => c.value);

describe('context claims are the paper’s own', () => {
  it.each([
    // The field: what is "becoming prevalent", what "recent advances have enabled".
    'As the demand for long-context LLMs increases, models with context windows of up to 128K or 1M tokens are becoming increasingly prevalent.',
    'Recent advances in Large Language Models (LLMs) have enabled them to process increasingly longer sequences, ranging from 2K to 2M tokens and even beyond.',
    'Context windows of 200K tokens are now common in commercial assistants.',
    // Other models and earlier work.
    'Modern LLMs, like Llama 4 Scout, support max sequence length of up to 10 million tokens.',
    'Existing models support at most 32K tokens of input.',
    'Previous Transformer-based genomic models have used 512 to 4k tokens as context.',
    'However, most publicly available RNNs (e.g., Mamba and RWKV) are trained on sequences with less than 10K tokens.',
    // Limitations that motivate the paper.
    'Although these models reach high accuracy, they are constrained by a limited input sequence length of 512 tokens.',
    'Dealing with ultra long sequences efficiently (e.g., with more than 16K tokens) remains challenging.',
    'The ProLIP models cannot handle texts longer than 64 context length.',
  ])('leaves out a length of the field or of others: %s', (sentence) => {
    expect(own(sentence)).toEqual([]);
  });

  it.each([
    [
      'compared to the 32K baseline',
      'ALST trains with 500K sequence length, an increase of 16x compared to the 32K baseline.',
      [500_000],
    ],
    ['the number of a baseline', 'Our method beats a 4K-context baseline at 64K tokens.', [64_000]],
    [
      'models it is measured against',
      'Our model trained on a 4k length is competitive against state-of-the-art open-source models trained on context lengths up to 32k.',
      [4000],
    ],
    [
      'a model it evaluates',
      'Our analysis of Yi-34B, which supports context length of 200K, reveals large room for improvement.',
      [],
    ],
  ])('leaves out the number of a comparison: %s', (_, sentence, expected) => {
    expect(own(sentence)).toEqual(expected);
  });

  it.each([
    [
      'we',
      'We extend the context window of Llama to 1M tokens, unlike existing models.',
      [1_000_000],
    ],
    [
      'an example of its own reach after "than"',
      'We enable sequences far longer than the training context (e.g. 2k → 128k tokens).',
      [2000, 128_000],
    ],
    [
      'the method by name',
      'LongVA can process 2000 frames or over 200K visual tokens.',
      [2000, 200_000],
    ],
    [
      'the paper name among others',
      'Additionally, ProLong can process up to 512K tokens, one of the longest context windows of publicly available LMs.',
      [512_000],
    ],
    [
      'a comparison with others',
      'FocusLLM, trained with an 8K input length at less cost than previous methods, handles 400K tokens.',
      [8000, 400_000],
    ],
    [
      'own experiments against baselines',
      'It is 3x more efficient compared to baselines on 4K and 16K lengths.',
      [4000, 16_000],
    ],
    [
      'a named system at the same length',
      'Samba has 3.7x higher throughput than Transformers when processing prompts of 128K length.',
      [128_000],
    ],
    ['a hedge', 'The model processes more than 1M tokens without collapse.', [1_000_000]],
  ])('keeps the paper’s own length (%s)', (_, sentence, expected) => {
    expect(own(sentence)).toEqual(expected);
  });

  it('recognises the paper by its name when it does not say "we"', () => {
    const s =
      'BurstAttention offers advantages compared with these competitive baselines at 32K sequence length, while most existing systems fail.';
    expect(own(s, 'BurstAttention')).toEqual([32_000]);
    expect(own(s)).toEqual([]);
  });

  it('keeps a field number out of the longest context (the sort and the filter)', () => {
    const abstract =
      'As the demand for long-context LLMs increases, models with context windows of up to 128K or 1M tokens are becoming increasingly prevalent. ' +
      'We propose Quest, which keeps 1 GB of cache and speeds up self-attention by 7.03x.';
    expect(maxContext(extractClaims(abstract, 'Quest'))).toBeUndefined();
  });
});
