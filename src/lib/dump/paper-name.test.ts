import { describe, expect, it } from 'vitest';
import { extractName } from './paper-name';

describe('extractName: from the title', () => {
  it.each([
    ['Lodge: A Coarse to Fine Diffusion Network for Long Dance Generation', 'Lodge'],
    ['InfVSR: Breaking Length Limits of Generic Video Super-Resolution', 'InfVSR'],
    ['LAWCAT: Efficient Distillation from Quadratic to Linear Attention', 'LAWCAT'],
    ["RULER: What's the Real Context Size of Your Long-Context Language Models?", 'RULER'],
    ['Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context', 'Transformer-XL'],
    ['xT: Nested Tokenization for Larger Context in Large Images', 'xT'],
    [
      'VALL-E 2: Neural Codec Language Models are Human Parity Zero-Shot Text to Speech Synthesizers',
      'VALL-E 2',
    ],
    [
      'Resonance RoPE: Improving Context Length Generalization of Large Language Models',
      'Resonance RoPE',
    ],
    [
      'Clinical-Longformer and Clinical-BigBird: Transformers for long clinical sequences',
      'Clinical-Longformer',
    ],
    ['Multiscale Byte Models -- A Hierarchical Architecture', 'Multiscale Byte Models'],
  ])('%s -> %s', (title, name) => {
    expect(extractName(title, 'An abstract that coins nothing at all.')).toBe(name);
  });

  it('keeps a multi-word prefix the abstract uses or coins, even in lower case', () => {
    expect(
      extractName(
        'Squeezed Attention: Accelerating Inference',
        'In this work, we propose Squeezed Attention as a mechanism.',
      ),
    ).toBe('Squeezed Attention');
    expect(
      extractName(
        'Dataset Decomposition: Faster LLM Training',
        'In this study, we introduce dataset decomposition, a novel technique.',
      ),
    ).toBe('Dataset Decomposition');
  });
  it('prefers a coined name over a catchy title phrase', () => {
    expect(
      extractName(
        'Beyond Context Limits: Subconscious Threads',
        'We propose the Thread Inference Model (TIM), a family of LLMs, reasoning beyond context limits.',
      ),
    ).toBe('TIM');
    expect(
      extractName(
        'LLM Maybe LongLM: Self-Extend LLM Context Window',
        'We propose Self-Extend to stimulate the potential.',
      ),
    ).toBe('Self-Extend');
  });
  it('falls back to a short capitalised prefix, but not to a phrase', () => {
    expect(
      extractName('Stuffed Mamba: State Collapse of RNNs', 'We study the cause of state collapse.'),
    ).toBe('Stuffed Mamba');
    expect(
      extractName('Beyond the Limits: A Survey of Techniques', 'This survey reviews techniques.'),
    ).toBeUndefined();
    expect(
      extractName(
        'Breaking Quadratic Barriers: A Non-Attention LLM',
        'We present a novel non attention based architecture.',
      ),
    ).toBeUndefined();
    expect(
      extractName(
        'Train Short, Test Long: Attention with Linear Biases',
        'We study extrapolation.',
      ),
    ).toBeUndefined();
  });
  it("uses the abstract's spelling of an all-caps title name", () => {
    expect(
      extractName(
        'PARAGRAPH2GRAPH: A GNN-based framework',
        'In this paper, we present Paragraph2Graph, a model.',
      ),
    ).toBe('Paragraph2Graph');
  });
});

describe('extractName: coined in the abstract', () => {
  it.each([
    [
      "Don't Pay Attention",
      'In this paper, we propose Avey, a new neural foundational architecture.',
      'Avey',
    ],
    [
      'Efficiently Modeling Long Sequences',
      'We propose the Structured State Space sequence model (S4) based on a new parameterization. S4 achieves results.',
      'S4',
    ],
    [
      'Long-Context Modeling with Sparse Attention',
      'We introduce Dynamic Hierarchical Sparse Attention (DHSA), a data-driven framework. DHSA wins.',
      'DHSA',
    ],
    [
      'Train Short, Test Long: Attention with Linear Biases',
      'We therefore introduce a simpler and more efficient position method, Attention with Linear Biases (ALiBi). ALiBi does not add embeddings.',
      'ALiBi',
    ],
    [
      'Generating Long Sequences with Sparse Transformers',
      'We call networks with these changes Sparse Transformers, and show they work.',
      'Sparse Transformers',
    ],
    [
      'Length-Induced Embedding Collapse',
      'The tuning-free method, called TempScale, can be plugged in. TempScale helps.',
      'TempScale',
    ],
    [
      'Ultra-Long Sequence Distributed Transformer',
      'This paper presents a novel and efficient distributed training method, the Long Short-Sequence Transformer (LSS Transformer), for training.',
      'LSS Transformer',
    ],
  ])('%s', (title, abstract, name) => {
    expect(extractName(title, abstract)).toBe(name);
  });

  it('counts mentions to pick between candidates', () => {
    const abstract =
      'We develop V-NIAH (Visual Needle-In-A-Haystack), a benchmark. Our proposed Long Video Assistant (LongVA) can process 2000 frames. LongVA achieves state-of-the-art.';
    expect(extractName('Long Context Transfer from Language to Vision', abstract)).toBe('LongVA');
  });
  it('does not take existing models, numbers or formulas for a name', () => {
    expect(
      extractName(
        'Characterizing SSM Performance',
        'We present a comprehensive benchmarking of carefully selected Transformer, SSM, and hybrid models.',
      ),
    ).toBeUndefined();
    expect(
      extractName(
        'Ultra-Long Training',
        'Results show that our proposed method lead to 5.6x faster training.',
      ),
    ).toBeUndefined();
    expect(
      extractName(
        'Sparse Factorizations',
        'In this paper we introduce sparse factorizations which reduce this to O(n√n).',
      ),
    ).toBeUndefined();
    expect(
      extractName(
        'Softplus Attention',
        'We create a novel attention mechanism with performance better than conventional Softmax attention.',
      ),
    ).toBeUndefined();
  });
  it('returns undefined when nothing is coined', () => {
    expect(
      extractName(
        'Length Generalization in Arithmetic Transformers',
        'We examine how transformers cope with two challenges.',
      ),
    ).toBeUndefined();
    expect(extractName('', '')).toBeUndefined();
  });
});
