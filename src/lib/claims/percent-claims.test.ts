import { describe, expect, it } from 'vitest';
import { percentClaims } from './percent-claims';

const values = (s: string) => percentClaims(s).map((c) => [c.value, c.text]);

describe('percentClaims: reductions', () => {
  it.each([
    [
      'StreamBP can reduce over 80% of activation memory while keeping speed loss within 10%.',
      [[80, '80%']],
    ],
    ['It reduces memory by 50%.', [[50, '50%']]],
    ['It reduces the KV cache size by 50%.', [[50, '50%']]],
    [
      'AHNs reduce inference FLOPs by 40.5% and memory cache by 74.0%, while improving scores.',
      [
        [40.5, '40.5%'],
        [74, '74.0%'],
      ],
    ],
    [
      'It keeps accuracy, reducing prefill latency by 20-60% and peak memory usage by 35%.',
      [
        [60, '20-60%'],
        [35, '35%'],
      ],
    ],
    [
      'It decreases overall Time-to-First-Token (TTFT) by 12% to 32% on long inputs.',
      [[32, '12% to 32%']],
    ],
    ['It trains 11% faster and uses 11% less memory.', [[11, '11%']]],
    ['It beats a Transformer with 30% fewer parameters.', [[30, '30%']]],
    ['It scales, significantly reducing computational cost (up to 75%).', [[75, '75%']]],
    ['Compared with baselines, reducing 40% communication overheads.', [[40, '40%']]],
    ['It cuts training time by 81\\% and FLOPS by 73.4%.', [[73.4, '73.4%']]],
  ])('%s', (sentence, expected) => {
    expect(values(sentence.replace('\\%', '%'))).toEqual(
      sentence.includes('\\%') ? [[81, '81%'], ...expected] : expected,
    );
  });
});

describe('percentClaims: look-alikes that are not reductions', () => {
  it.each([
    'Distilling yields over 90% passkey retrieval accuracy.',
    'We increase accuracy by up to 8.6% on classification tasks.',
    'Decoding accounts for over 55% of latency on edge platforms.',
    'It reaches 91% accuracy on sequential CIFAR-10.',
    'It reduces memory and improves accuracy by 5%.',
    'It reduces perplexity by 10%.',
    'It holds up to 90% of the KV cache in GPU memory.',
    'It achieves an MFU of 52.30% and 161% super-linear efficiency.',
    'It saw only 5% as many tokens, with a 1% drop in accuracy.',
  ])('%s', (sentence) => {
    expect(values(sentence)).toEqual([]);
  });
});
