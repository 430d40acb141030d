import { describe, expect, it } from 'vitest';
import { scaleClaims } from './scale-claims';

const read = (s: string) => scaleClaims(s).map((c) => [c.kind, c.value, c.unit, c.text]);

describe('scaleClaims: context lengths', () => {
  it.each([
    ['Models of over 1M tokens are trained.', 1e6, 'tokens', '1M tokens'],
    ['It extends Llama to 2048K context without loss.', 2_048_000, 'tokens', '2048K context'],
    ['SpikingBrain attains a speedup for 4M-token sequences.', 4e6, 'tokens', '4M-token'],
    ['LongVA can process 2,000 frames in one pass.', 2000, 'frames', '2,000 frames'],
    ['It generates 80,000 frames of motion.', 80_000, 'frames', '80,000 frames'],
    ['HybriDNA processes DNA sequences up to 131kb in length.', 131_000, 'bp', '131kb'],
    ['It handles the longest human genes (2.3M base pairs).', 2_300_000, 'bp', '2.3M base pairs'],
    ['It trains with context windows of 5M bytes on one GPU.', 5e6, 'bytes', '5M bytes'],
    ['We train with a sequence length of 50,112 at 3,456 GPUs.', 50_112, 'tokens', '50,112'],
    ['Passkey retrieval works up to 22K tokens.', 22_000, 'tokens', '22K tokens'],
    ['We distill with only 1K-length sequences.', 1000, 'tokens', '1K-length'],
    ['The model is trained on inputs of length 2048.', 2048, 'tokens', '2048'],
    ['ModernBERT has a native 8192 sequence length.', 8192, 'tokens', '8192 sequence length'],
    ['It summarises 350k token-long inputs.', 350_000, 'tokens', '350k token'],
    ['Even when the sequence length is scaled to 1,024K, it works.', 1_024_000, 'tokens', '1,024K'],
    [
      'It reaches the human genome with lengths of up to 1 million tokens.',
      1e6,
      'tokens',
      '1 million tokens',
    ],
    ['It supports 200K visual tokens.', 200_000, 'tokens', '200K visual tokens'],
    ['It scales to 128K while the context cost stays linear.', 128_000, 'tokens', '128K'],
  ])('%s', (sentence, value, unit, text) => {
    expect(read(sentence)).toContainEqual(['context', value, unit, text]);
  });

  it('reads both ends of a range, lending the unit backwards', () => {
    expect(read('It grows the context from 4K to 1M tokens.')).toEqual([
      ['context', 4000, 'tokens', '4K'],
      ['context', 1e6, 'tokens', '1M tokens'],
    ]);
    expect(read('Extrapolation (e.g. 2k → 128k) improves.').map((c) => c[1])).toEqual([
      2000, 128_000,
    ]);
    expect(read('It compresses 512 to 4k tokens.').map((c) => c[1])).toEqual([512, 4000]);
  });

  it('lends a length forwards along a rising range or list of bare numbers', () => {
    const values = (s: string) => read(s).map((c) => c[1]);
    expect(values('It extends the sequence length from 512 to 4096.')).toEqual([512, 4096]);
    expect(values('We test sequence lengths of 512, 1024 and 2048.')).toEqual([512, 1024, 2048]);
    expect(values('We stretched the sequence length to 384.')).toEqual([384]);
    expect(values('It scales sequence length to more than 1 billion tokens.')).toEqual([1e9]);
    // A smaller number after a length counts something else.
    expect(values('It uses a sequence length of 4096 and 2 stages.')).toEqual([4096]);
  });

  it('drops a zero end of a range', () => {
    expect(read('BABILong (0K-16K context length) passes.')).toEqual([
      ['context', 16_000, 'tokens', '16K context length'],
    ]);
  });

  it('reads a bare K or a sequence-length M as a context', () => {
    expect(
      read('ALST reaches 500K sequence length on one GPU, 3.7M on a node.').map((c) => c[1]),
    ).toEqual([500_000, 3_700_000]);
  });
});

describe('scaleClaims: model sizes', () => {
  it.each([
    ['We release 7B and 13B models.', [7e9, 13e9]],
    ['We train a Mamba-2 370M with perfect recall.', [370e6]],
    ['Model sizes range from 7B to 141B.', [7e9, 141e9]],
    ['Distilling Mistral-7B works.', [7e9]],
    ['A decoder of 1.3B parameters competes.', [1.3e9]],
    ['It trains a 1.3 billion parameter model.', [1.3e9]],
    ['With only 19.95 million parameters it runs on phones.', [19.95e6]],
    ['It scales from 300M to 3B and 7B parameters.', [300e6, 3e9, 7e9]],
    ['It matches 7B-scale models.', [7e9]],
  ])('%s', (sentence, values) => {
    const sizes = scaleClaims(sentence).filter((c) => c.kind === 'model-size');
    expect(sizes.map((c) => c.value)).toEqual(values);
    expect(sizes.every((c) => c.unit === 'params')).toBe(true);
  });
});

describe('scaleClaims: look-alikes that are not claims', () => {
  it.each([
    'We report results on CIFAR-10 and ImageNet.',
    'Work published in 2023 showed gains.',
    'The Llama3.2-1B LAWCAT variant is competitive.',
    'We fine-tune Qwen2.5-7B and LLaMA-3.1-8B-Instruct.',
    'Models like Llama-3-8B-1M, GLM-4-9B-1M and Phi-3-Mini-128K were tested.',
    'We train on one 8xA100 node.',
    'We report Top-10 retrieval and compare with GPT-4.',
    'As shown in Section 3.2, the loss drops.',
    'The method reaches 90% passkey accuracy.',
    'It was trained on 40B tokens.',
    'Trained on 2 trillion tokens, it generalises.',
    'We use only about 150B tokens for continual pre-training.',
    'The dataset holds 500k turns and 333K training instances.',
    'We evaluate on Urban-1k and ArXiv-128k.',
    'It runs on an Ascend 910B NPU with 64GB memory and a 24GB GPU.',
    'It matches full attention with only a 64-token budget.',
    // A bare K-number counts what the sentence counts, unless it speaks of tokens or lengths.
    'We construct a dataset containing over 110K parallel-trajectory video pairs.',
    'It features 59K high-fidelity clips with decoupled camera trajectories.',
    'The public repository has approximately 18.5k GitHub stars.',
    'It performs a 2K synthesis from a low-resolution reference that cuts token costs.',
    'We construct a large-scale dataset containing over 47M frames.',
    'It decouples geometry from motion through a 1-frame optimization.',
    'Image-text datasets (e.g., COYO-700M and LAION-400M) enabled CLIP.',
    'We construct a 1.6B-sample training corpus.',
    'It modifies just ~100 parameters.',
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('keeps a size glued to a plain name but not to a versioned one', () => {
    expect(read('ProLong-8B beats Llama-3.18B-Instruct.')).toEqual([
      ['model-size', 8e9, 'params', '8B'],
    ]);
    // The context suffix of a model name is part of the name, not a claim.
    expect(read('We test Yi-9B-200K.')).toEqual([['model-size', 9e9, 'params', '9B']]);
  });
});
