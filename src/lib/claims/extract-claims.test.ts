import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../types';
import { extractClaims, maxContext, maxSpeedup } from './extract-claims';

const LAWCAT =
  'Extensive evaluations demonstrate that, distilling Mistral-7B with only 1K-length sequences yields over 90\\% ' +
  'passkey retrieval accuracy up to 22K tokens, significantly extending its effective context window. Similarly, ' +
  'Llama3.2-1B LAWCAT variant achieves competitive performance on S-NIAH 1&2&3 tasks (1K-8K context length). ' +
  'Code is at https://github.com/org/LAWCAT-70B.';

describe('extractClaims', () => {
  it('finds every kind in a real abstract, in reading order, with its sentence', () => {
    const claims = extractClaims(LAWCAT);
    expect(claims.map((c) => [c.kind, c.value, c.unit, c.text])).toEqual([
      ['model-size', 7e9, 'params', '7B'],
      ['context', 1000, 'tokens', '1K-length'],
      ['context', 22_000, 'tokens', '22K tokens'],
      ['context', 8000, 'tokens', '8K context length'],
    ]);
    expect(claims[2]?.sentence).toMatch(/^Extensive evaluations .* context window\.$/);
  });

  it('mixes speedups, reductions and contexts in one sentence', () => {
    const claims = extractClaims(
      'TCA-Attention achieves a 2.8times speedup and reduces KV cache by 61% at 128K context length.',
    );
    expect(claims.map((c) => [c.kind, c.value])).toEqual([
      ['speedup', 2.8],
      ['reduction', 61],
      ['context', 128_000],
    ]);
  });

  it('reports a length once but keeps differently worded reductions of the same size', () => {
    const claims = extractClaims(
      'We reach 128K tokens. At 128K, a 2x compression rate works. It reduces the KV cache size by 50%.',
    );
    expect(claims.map((c) => c.text)).toEqual(['128K tokens', '2x', '50%']);
  });

  it('keeps the model sizes of the paper, not those of the field', () => {
    const claims = extractClaims(
      'Current unified models typically rely on massive parameter scales (e.g., >10B), entailing ' +
        'prohibitive training costs. We present Lite, a lightweight 5B unified model.',
    );
    expect(claims.map((c) => [c.kind, c.value])).toEqual([['model-size', 5e9]]);
  });

  it('leaves out the size of a model the paper surpasses', () => {
    const claims = extractClaims('Our 7B model even surpasses 100B+ models such as DeepSeek R1.');
    expect(claims.map((c) => [c.kind, c.value])).toEqual([['model-size', 7e9]]);
  });

  it.each([
    [
      'Our compact models (<=4B) outperform large language models, such as GPT-5 and Qwen-3 235B.',
      [4e9],
    ],
    ['EMMA-4B can outperform unified approaches (e.g., BAGEL-7B) in efficiency.', [4e9]],
    ['It surpasses larger medical MLLMs such as HuatuoGPT-Vision-34B by 2.79 points.', []],
    ['It outperforms baselines such as Mamba-2, while our 7B model runs faster.', [7e9]],
    ['We fine-tune open-source models including NVILA-Video-15B.', [15e9]],
    ['Our 5B model surpasses the 80B HunyuanImage by 28% and the 27B Qwen-Image-Edit.', [5e9]],
  ])('leaves out the sizes of the examples it is compared with: %s', (abstract, sizes) => {
    const claims = extractClaims(abstract).filter((c) => c.kind === 'model-size');
    expect(claims.map((c) => c.value)).toEqual(sizes);
  });

  it('returns nothing for empty or claim-free text', () => {
    expect(extractClaims('')).toEqual([]);
    expect(
      extractClaims('We study CIFAR-10, GPT-4 and Top-10 accuracy in 2023, see Section 4.1.'),
    ).toEqual([]);
  });

  it('never throws and keeps every claim traceable to its sentence (property)', () => {
    const piece = fc.constantFrom(
      '128K',
      ' tokens',
      '7B',
      '-',
      'x',
      '×',
      ' faster',
      '%',
      ' reduces memory by ',
      '2,000',
      ' frames',
      '.',
      ' ',
      'Llama3.2-',
      'e.g.',
      '\\%',
      'times',
      '1,024',
      'K',
      'by up to ',
      '(',
      ')',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 30 }),
        (parts) => {
          for (const c of extractClaims(parts.join(''))) {
            expect(Number.isFinite(c.value) && c.value > 0).toBe(true);
            expect(c.sentence).toContain(c.text);
          }
        },
      ),
    );
  });
});

describe('maxContext and maxSpeedup', () => {
  const c = (kind: Claim['kind'], value: number, unit: string): Claim => ({
    kind,
    value,
    unit,
    text: '',
    sentence: '',
  });

  it('takes the longest token, byte or base-pair context, not frames', () => {
    const claims = [
      c('context', 8000, 'tokens'),
      c('context', 131_000, 'bp'),
      c('context', 80_000, 'frames'),
      c('model-size', 7e9, 'params'),
    ];
    expect(maxContext(claims)).toBe(131_000);
    expect(maxContext(claims, ['frames'])).toBe(80_000);
    expect(maxContext([c('context', 2000, 'frames')])).toBeUndefined();
  });

  it('takes the largest speedup', () => {
    expect(
      maxSpeedup([c('speedup', 2.5, '×'), c('speedup', 58, '×'), c('reduction', 95, '%')]),
    ).toBe(58);
    expect(maxSpeedup([])).toBeUndefined();
  });
});
