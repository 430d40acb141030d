/**
 * Technique rules, part 1: how tokens are mixed (attention variants, recurrences, convolutions).
 * Weights: 1.5 = the technique's own name, 1 = a typical phrase, 0.5 = a hint that needs company.
 * See rule-types.ts for the phrase syntax and sentences.ts for how context scales a match.
 */
import type { ValueRule } from './rule-types';

// Generic recurrent-network words also describe linear attention ("Transformers are RNNs").
const UNLESS_LINEAR = ['linear-attention'];

export const ARCHITECTURE_RULES: ValueRule[] = [
  {
    id: 'sparse-attention',
    phrases: [
      ['sparse (self )?attention*', 1.5],
      ['sparse (attention )?(patterns?|factori[sz]ation*|transformers?|computation|kv)', 1.5],
      ['sparse (and )?linear attention*', 1.5],
      ['block ?sparse', 1.5],
      ['sliding (attention )?windows?', 1.5],
      ['(local|windowed|strided|dilated|global|shifted) (windowed )?attention', 1.5],
      ['attention (masks?|windows?|spans?|sinks?|sparsity)', 1],
      ['(dynamic|static|query aware|token|head) sparsity', 1],
      ['top ?k (keys|tokens|blocks|pages|entries|positions|selection)', 1.5],
      ['top ?k', 1],
      ['selectively attend*', 1],
      ['(token|block|page|chunk) selection', 0.75],
      ['attention sinks?', 0.75],
      ['sparsity', 0.5],
      ['(critical|important) (tokens|keys)', 0.5],
    ],
    not: [
      'top ?k (sampling|accuracy|logprobs?|log probabilit*|probabilit*|logits?)',
      'sparse (convolution*|mixture*|experts?|moe)',
    ],
  },
  {
    id: 'linear-attention',
    phrases: [
      ['linear (self )?attention*', 1.5],
      ['linear transformers?', 1.5],
      ['hybrid linear', 1.5],
      ['lineari[sz](e|es|ed|ing|ation)', 1],
      ['kernel (feature maps?|trick)', 1],
      ['random (spectral |fourier )?(features|feature maps?|attention)', 1.5],
      ['associativity', 1],
      ['low rank (attention|approximation*|factori[sz]ation*)', 0.5],
    ],
    not: ['linear attention bias*', 'linear biases'],
  },
  {
    id: 'state-space-models',
    phrases: [
      ['state space (sequence )?(models?|methods?|layers?|blocks?|architectures?|duality)', 1.5],
      ['(structured|selective) state spaces?', 1.5],
      ['=SSMs?', 1.5],
      ['mamba( ?2)?', 1.5],
      ['xlstms?', 1.5],
      ['lstms?', 1.5],
      ['rwkv*', 1.5],
      ['(gated )?delta ?net', 1.5],
      ['=S4', 1.5],
      ['=S5', 1.5],
      ['gated recurrent units?', 1.5],
      ['exponential moving average*', 1],
      ['=EMA', 1],
      ['linear recurren(t|ce)', 1],
      {
        p: 'recurrent (neural )?(networks?|models?|architectures?|sequence models?)',
        w: 1.25,
        unless: UNLESS_LINEAR,
      },
      { p: '=RNNs?', w: 1.25, unless: UNLESS_LINEAR },
      { p: 'rnn (like|based)', w: 1, unless: UNLESS_LINEAR },
      { p: 'recurrent (hidden )?states?', w: 1, unless: UNLESS_LINEAR },
    ],
  },
  {
    id: 'memory-recurrence',
    phrases: [
      [
        '(compressive|external|episodic|working|persistent|recurrent|explicit|additional) (fixed size )?memory',
        1.5,
      ],
      ['long term memory', 1.5],
      ['memory (augmented|tokens?|modules?|banks?|units?|slots?|states?|based|enhanced)', 1.5],
      ['segment (level )?recurren(t|ce)', 1.5],
      ['recurrent (memory|compression)', 1.5],
      ['k ?nearest neighbou?rs?', 1.5],
      ['=kNN', 1.5],
      { p: 'associative memory', w: 1.5, unless: ['attention-alternative'] },
      ['retrieval augmented', 0.75],
      ['short term memory', 1],
    ],
    not: [
      'long short term memory',
      'memory (states?|units?) (of|in) (the )?(gpu|device|hardware)',
      // "updates memory based on what it saw": "based" begins a phrase of its own.
      'memory based (on|upon)',
    ],
  },
  {
    id: 'long-convolution',
    phrases: [
      ['long (convolution*|filters?)', 1.5],
      ['(fft|fourier)( based)? convolution*', 1.5],
      ['fast fourier transforms?', 1.5],
      ['=FFT', 1.5],
      ['hyena*', 1.5],
      ['implicit (long )?convolution*', 1.5],
      ['(causal|dilated|depthwise|temporal|one dimensional|1d) convolution*', 1.5],
      ['conv ?1d', 1.5],
      ['convolution(al)? (kernels?|layers?|filters?|operators?)', 1.5],
      ['multi resolution convolution*', 1.5],
      ['convolution*', 1],
    ],
    not: [
      'convolutional neural networks?',
      'graph convolution*',
      'convolutional (state space|lstm|recurren*)',
    ],
  },
  {
    id: 'attention-alternative',
    phrases: [
      { p: '(attention|softmax) free', w: 1.5, negatable: false },
      { p: 'non ?attention', w: 1.5, negatable: false },
      { p: 'without (self )?attention', w: 1.5, negatable: false },
      { p: 'replac(e|es|ed|ing) (the )?(self )?attention*', w: 1.5, negatable: false },
      { p: 'attention (or ~ )?(replacement|alternative)s?', w: 1.5, negatable: false },
      { p: 'break* away from ~ attention', w: 1.5, negatable: false },
      { p: 'alternatives? to (self )?attention', w: 1.5, negatable: false },
      ['token mix(ing|ers?)', 1.5],
      ['pooling (network|layers?|fusion)', 1],
    ],
  },
  {
    id: 'hierarchical',
    phrases: [
      ['hierarchical*', 1.5],
      ['hierarch(y|ies)', 1.5],
      ['multi ?scale', 1.5],
      ['multi ?resolution', 1.5],
      ['coarse ?to ?fine', 1.5],
      ['multi ?granularity', 1.5],
      ['multi ?level', 1],
      ['nested', 1],
      ['(two|multi) stage', 0.5],
    ],
    not: [
      'memory hierarch*',
      'hierarchical (dpo|direct preference*|reinforcement*|rl|policy|planning|reasoning|clustering)',
      'multi ?level (parallelism|cache)',
    ],
  },
];
