/** Crafted sentences for tag-paper.test.ts: general vocabulary, not titles from the dump. */

/** [technique, abstracts that must be tagged with it]. */
export const POSITIVE: [string, string[]][] = [
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
export const NEGATIVE: [string, string[]][] = [
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
  ['sparse-attention', ['We propose a monitor built from the top-k logprobs of each token.']],
  ['memory-recurrence', ['We propose an agent that updates memory based on observed effects.']],
  ['sequence-parallelism', ['We propose an assistant that works across multiple devices.']],
];
