import { describe, expect, it } from 'vitest';
import { timesClaims } from './times-claims';

const read = (s: string) => timesClaims(s).map((c) => [c.kind, c.value, c.unit, c.text]);

describe('timesClaims: speedups', () => {
  it.each([
    ['It delivers up to 58x speed-up over MGLD-VSR.', 58, '58x speed-up'],
    ['FlashFFTConv speeds up FFT convolutions by up to 7.93× over PyTorch.', 7.93, '7.93×'],
    ['FlashFFTConv speeds up FFT convolutions by up to 7.93times over PyTorch.', 7.93, '7.93times'],
    ['DeepSpeed-Ulysses trains 2.5X faster with longer sequences.', 2.5, '2.5X faster'],
    ['They are up to 4000x faster on autoregressive prediction.', 4000, '4000x faster'],
    ['Our kernel is 3.2 times faster than the baseline.', 3.2, '3.2 times faster'],
    ['It is up to 1,800+ times faster than vanilla Transformers.', 1800, '1,800+ times faster'],
    ['It achieves 2 X speedup during training.', 2, '2 X speedup'],
    ['Samba enjoys a 3.73x higher throughput.', 3.73, '3.73x higher throughput'],
    ['Quest reduces inference latency by 7.03x.', 7.03, '7.03x'],
    [
      'It can boost throughput by up to 3.04times on an A100 GPU without sacrificing accuracy.',
      3.04,
      '3.04times',
    ],
    ['ByteScale outperforms the state-of-the-art training system by up to 7.89x.', 7.89, '7.89x'],
    ['It achieves more than 3times efficiency improvement over baselines.', 3, '3times'],
    ['LightSeq achieves up to 1.24-2.01x end-to-end speedup.', 2.01, '1.24-2.01x'],
    ['The kernel runs at up to 7.93× the speed of cuFFT.', 7.93, '7.93×'],
    ['Distillation boosts inference speed by over 10x.', 10, '10x'],
    ['It gives 136 times higher decoding throughput.', 136, '136 times'],
  ])('%s', (sentence, value, text) => {
    expect(read(sentence)).toContainEqual(['speedup', value, '×', text]);
  });

  it('lets a number borrow the noun of the next one', () => {
    expect(
      read('It delivers up to 4.4x self-attention and 1.5x end-to-end speedups.').map((c) => c[1]),
    ).toEqual([4.4, 1.5]);
  });
});

describe('timesClaims: reductions in ×, reported as %', () => {
  it.each([
    ['DiT models achieve a 20x reduction in attention computation.', 95, '20x reduction'],
    ['It achieves a 3x reduction in KV cache budget.', 66.7, '3x reduction'],
    ['LightSeq requires up to 4.7x less communication.', 78.7, '4.7x less'],
    [
      'TriangleMix reduces attention overhead by 3.7x to 15.3x in deep layers.',
      93.5,
      '3.7x to 15.3x',
    ],
    ['Results show 5.6x faster and 10.2x more memory-efficient kernels.', 90.2, '10.2x'],
  ])('%s', (sentence, value, text) => {
    expect(read(sentence)).toContainEqual(['reduction', value, '%', text]);
  });
});

describe('timesClaims: look-alikes that are not claims', () => {
  it.each([
    'We train on 8xA100 GPUs and two 8 X A100 nodes.',
    'It processes sequences about 4x longer than comparable Transformers.',
    'It supports up to 8x higher sparsity than prior methods.',
    'It can extend max sequence length by 3.2x to 11.7x.',
    'This is an increase of over 400x compared to the 32K baseline.',
    'Models generalise to 35times 3 examples at 16times the training token length.',
    'We represent a 256times256 image as 8times8 latents.',
    'Cleaned text: 5-digit × 3-digit products, 35×3 examples, a 256×256 image.',
    'It achieves 13.7times and 3.0times maximum batch size and sequence length.',
    'MEMO achieves an average of 2.42x and 2.26x MFU.',
    'It supports up to 6times larger batch sizes.',
    'It raises effective KV exposure by up to 1.6times and accuracy by up to 21%.',
    'It achieves an improvement of 2.7x in Chamfer distance over the state of the art.',
    'This improves accuracy on hard tasks by 2.5x overall.',
    'It achieves 6 times higher parameter efficiency than the strongest baseline.',
    'With a 16k codebook and a 16x downsampling rate, it reconstructs faces.',
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});
