import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tagPaper } from './tag-paper';
import type { PaperTags } from '../types';

const ids = (tags: PaperTags['technique']): string[] => tags.map((t) => t.id);
const techniques = (abstract: string, title = ''): string[] =>
  ids(tagPaper(title, abstract).technique);
const modalities = (abstract: string, title = ''): string[] =>
  ids(tagPaper(title, abstract).modality);

/** [technique, abstracts that must be tagged with it]. */
const POSITIVE: [string, string[]][] = [
  [
    'sparse-attention',
    [
      'We propose a sparse attention mechanism.',
      'We restrict each token to a sliding window of neighbours.',
      'We select the top-k keys for every query.',
    ],
  ],
  [
    'linear-attention',
    [
      'We introduce gated linear attention.',
      'We build a linear transformer from kernel feature maps.',
    ],
  ],
  [
    'state-space-models',
    [
      'We propose a selective state space model.',
      'We scale Mamba-2 to long inputs.',
      'We train an xLSTM on genomes.',
      'We build on the state-space layer S4.',
    ],
  ],
  [
    'memory-recurrence',
    [
      'We add a compressive memory to each layer.',
      'We propose segment-level recurrence with memory tokens.',
    ],
  ],
  [
    'length-generalization',
    [
      'We study length extrapolation beyond the training length.',
      'We extend the context window of LLMs to 128K.',
      'We train short and test long: models must generalize to longer sequences.',
    ],
  ],
  [
    'position-encoding',
    [
      'We introduce a rotary position embedding variant.',
      'We replace positional encodings with ALiBi.',
    ],
  ],
  [
    'kv-cache',
    [
      'We compress the KV cache.',
      'We evict entries from the key-value cache.',
      'We quantize the KV-cache to 2 bits.',
    ],
  ],
  [
    'context-compression',
    [
      'We compress the prompt into a few soft tokens.',
      'We propose token merging to shorten the sequence length.',
    ],
  ],
  [
    'sequence-parallelism',
    [
      'We propose ring attention across devices.',
      'We use sequence parallelism with all-to-all communication.',
    ],
  ],
  [
    'activation-memory',
    [
      'We use gradient checkpointing to reduce activation memory.',
      'We offload activations to CPU memory.',
    ],
  ],
  [
    'long-convolution',
    [
      'We learn long convolutions computed with the FFT.',
      'We propose an implicit convolution in the spirit of Hyena.',
    ],
  ],
  [
    'chunked-processing',
    [
      'We split the input into chunks that are processed independently.',
      'We propose chunk-wise processing of the document.',
    ],
  ],
  [
    'hierarchical',
    ['We propose a hierarchical, coarse-to-fine model.', 'We use a multi-scale encoder.'],
  ],
  [
    'efficient-kernels',
    [
      'We write fused GPU kernels that are IO-aware.',
      'We implement Triton kernels with kernel fusion.',
    ],
  ],
  [
    'diffusion',
    [
      'We train a video diffusion model.',
      'We propose a Diffusion Transformer (DiT) for long motion.',
    ],
  ],
  [
    'training-recipe',
    [
      'We study continued pretraining with a curriculum over data mixtures.',
      'We apply supervised fine-tuning on synthetic long-context data.',
    ],
  ],
  [
    'reasoning-generation',
    ['We elicit long chain-of-thought reasoning.', 'We target long-form text generation.'],
  ],
  [
    'attention-alternative',
    ['We present an attention-free architecture.', 'We replace self-attention with pooling.'],
  ],
  [
    'training-free',
    ['Our method is training-free.', 'We extend the model without any fine-tuning.'],
  ],
];

/** [technique, abstracts that must not be tagged with it]. */
const NEGATIVE: [string, string[]][] = [
  [
    'state-space-models',
    ['We note that this is not a state space model.', 'Unlike Mamba, we keep full attention.'],
  ],
  [
    'sparse-attention',
    ['We do not use sparse attention.', 'Unlike sparse attention, we keep every token.'],
  ],
  ['hierarchical', ['Data moves through the memory hierarchy of the GPU.']],
  ['kv-cache', ['We build a key-value store for documents.']],
  ['linear-attention', ['Attention with linear biases penalises distant tokens.']],
  ['long-convolution', ['Convolutional neural networks struggle with long inputs.']],
  ['training-recipe', ['Top-k sampling decodes the output.']],
];

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

describe('tagPaper modalities', () => {
  const cases: [string, string][] = [
    ['image', 'Image Classification with Long Sequences'],
    ['video', 'Long Video Understanding with Memory'],
    ['audio', 'Long-Form Speech Recognition'],
    ['music', 'Symbolic Music Generation of Full Songs'],
    ['motion', 'Human Motion Generation for Hours'],
    ['biology', 'Genomic Language Models over DNA Sequences'],
    ['medical', 'Transformers for Long Clinical Notes'],
    ['code', 'Long Code Completion for Source Code Models'],
    ['3d', 'Autoregressive Mesh Generation with Point Clouds'],
    ['time-series', 'Long Time Series Forecasting'],
    ['text', 'Long-Document Question Answering and Summarization'],
  ];
  for (const [id, title] of cases)
    it(`tags ${id} from "${title}"`, () => expect(modalities('', title)).toContain(id));

  it('falls back to text for a language model with no other modality', () => {
    expect(modalities('We extend the context window of large language models.')).toEqual(['text']);
  });
  it('does not call speech synthesis text', () => {
    expect(
      modalities('We propose a text-to-speech model for long speech.', 'Long Speech Synthesis'),
    ).toEqual(['audio']);
  });
  it('does not take video games for video or "poses a challenge" for motion', () => {
    const m = modalities(
      'Agents learn to play video games. Long horizons poses a challenge.',
      'Agents for Video Games',
    );
    expect(m).not.toContain('video');
    expect(m).not.toContain('motion');
  });
  it('does not take a code link for source code', () => {
    expect(
      modalities('Code is available at https://github.com/a/b. Our code and models are released.'),
    ).not.toContain('code');
  });
  it('tags text next to another modality only with a text-specific cue', () => {
    expect(
      modalities(
        'We train a vision-language model on long image-text documents. It reads high-resolution images.',
      ),
    ).toEqual(['text', 'image']);
    expect(modalities('We train a DNA language model on genomes.')).toEqual(['biology']);
  });
});

describe('tagPaper contract', () => {
  it('gives exactly one contribution, method by default', () => {
    const tags = tagPaper('Untitled', 'Nothing here.');
    expect(tags.contribution.id).toBe('method');
    expect(
      tagPaper('A Survey of Long-Context Methods', 'We review techniques.').contribution.id,
    ).toBe('survey');
    expect(
      tagPaper('A Long-Context Benchmark', 'We introduce a new benchmark for long inputs.')
        .contribution.id,
    ).toBe('benchmark');
  });

  it('is deterministic', () => {
    const a = 'We propose a hierarchical sparse attention that compresses the KV cache.';
    expect(tagPaper('X: Y', a)).toEqual(tagPaper('X: Y', a));
  });

  it('returns evidence that occurs verbatim in the title or abstract', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(
          fc.constantFrom(
            'KV-cache',
            'Sparse Attention',
            'we propose',
            'Mamba',
            ' ',
            '. ',
            'video',
            'not',
            'chunks',
            'LLMs',
            'é',
            '\u2013',
          ),
          { maxLength: 30 },
        ),
        (title, words) => {
          const abstract = words.join(' ');
          const tags = tagPaper(title, abstract);
          const all = [...tags.technique, ...tags.modality, tags.contribution];
          for (const t of all)
            for (const e of t.evidence)
              expect(title.includes(e) || abstract.includes(e)).toBe(true);
          expect(typeof tags.contribution.id).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});
