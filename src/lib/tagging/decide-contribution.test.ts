import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kindFromIntroduction, kindFromTitle } from './decide-contribution';
import { tagPaper } from './tag-paper';

// Crafted titles in the shapes listings use, not titles from the dumps.
const kind = (title: string) => kindFromTitle(title)?.id;

describe('kindFromTitle', () => {
  it("reads the subtitle's head noun", () => {
    expect(kind('Foo: A Benchmark for Long Video Reasoning')).toBe('benchmark');
    expect(kind('Foo: A Large-Scale, Open Dataset of Receipts')).toBe('resource');
    expect(kind('Foo: Lesion Segmentation Dataset')).toBe('resource');
    expect(kind('Foo: A Structured Survey of Code Models')).toBe('survey');
    expect(kind('Foo: A Game Environment and Benchmark for Agents')).toBe('benchmark');
    // A participle after the head noun ends the phrase.
    expect(kind('Foo: A Web Agent Benchmark Grounded in Local News')).toBe('benchmark');
    expect(kind('A Benchmark for Tool Use')).toBe('benchmark');
    expect(kind('Foo: A Unified Evaluation Suite for Video Models')).toBe('benchmark');
    // "Corpus" is no plural of "corpu".
    expect(kind('Foo: A Parallel Corpus of Court Rulings')).toBe('resource');
  });

  it('takes a subtitle that starts by benchmarking or evaluating, and names ending in Bench', () => {
    expect(kind('Foo: Benchmarking Agents on Spreadsheets')).toBe('benchmark');
    expect(kind('Foo: Evaluating Trust in Chat Models')).toBe('benchmark');
    expect(kind('SheetBench: Can Agents Edit Spreadsheets?')).toBe('benchmark');
    expect(kind('Sheet-Eval: Towards Honest Scores')).toBe('benchmark');
  });

  it('leaves a benchmark or dataset that is not the head noun to the abstract', () => {
    expect(kind('Foo: Information-Guided Benchmark Synthesis for Models')).toBeUndefined();
    expect(kind('Efficient Dataset Pruning via Gradients')).toBeUndefined();
    expect(kind('Dataset Decomposition: Faster Training with Curricula')).toBeUndefined();
    expect(kind('Scene Text Recognition: Datasets and Methods')).toBeUndefined();
    expect(kind('Self-Evaluation Unlocks Fast Sampling')).toBeUndefined();
    expect(kind('Foo: Towards Unified Evaluation of Video Models')).toBeUndefined();
    expect(kind('Dense Retrieval: Faster Indexes')).toBeUndefined();
    expect(kind('Workbench: A Tool for Labs')).toBeUndefined();
    expect(kind('Evaluating Large Models Trained on Code')).toBeUndefined();
  });

  it('gives as evidence a word of the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (title) => {
        const found = kindFromTitle(title);
        if (found) expect(title).toContain(found.evidence[0]);
      }),
    );
    expect(kindFromTitle('Foo: A Holistic Benchmark for Editing')?.evidence).toEqual(['Benchmark']);
  });
});

describe('kindFromIntroduction', () => {
  const intro = (name: string, abstract: string) => kindFromIntroduction(name, abstract)?.id;
  it("reads the head noun of what the abstract calls the paper's own name", () => {
    expect(
      intro(
        'Foo',
        'We introduce Foo, the first large-scale training corpus specifically designed to aid x.',
      ),
    ).toBe('resource');
    expect(
      intro('Foo-Bench', 'Models fail. We present Foo-Bench, a unified benchmark of 9 tasks.'),
    ).toBe('benchmark');
    expect(
      intro(
        'Foo',
        'To this end, we construct Foo, a massive-scale preference dataset with 1M pairs.',
      ),
    ).toBe('resource');
  });
  it('leaves methods, and benchmarks introduced beside them under another name', () => {
    expect(
      intro('Foo', 'We propose Foo, a novel framework for benchmark-free tuning.'),
    ).toBeUndefined();
    expect(
      intro('Foo', 'We propose Foo, a method. We also introduce Bar, a benchmark.'),
    ).toBeUndefined();
    expect(intro('Foo', 'We introduce a benchmark and Foo, a model.')).toBeUndefined();
  });
});

describe('the contribution a title names', () => {
  it('outweighs the abstract introducing it', () => {
    const abstract = 'We introduce Foo, a novel framework to test agents. We propose new metrics.';
    expect(tagPaper('Foo: A Benchmark for Agents', abstract).contribution.id).toBe('benchmark');
    expect(tagPaper('Foo: Agents That Plan', abstract).contribution.id).toBe('method');
    const { evidence } = tagPaper('Foo: A Dataset for Agents', abstract).contribution;
    expect(evidence[0]).toBe('Dataset');
  });

  it('reads "understanding" naming a task, and systems of agents, as no study and no system', () => {
    const abstract = 'We train a model with reinforcement learning.';
    const kind = (title: string) => tagPaper(title, abstract).contribution.id;
    expect(kind('Foo: Image Metaphor Understanding with Reinforcement Learning')).toBe('method');
    expect(kind('Understanding Length Generalization in Transformers')).toBe('analysis');
    expect(kind('Latent Communication in Multi-Agent Systems')).toBe('method');
  });
});
