import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tagPaper } from './tag-paper';

const modalities = (abstract: string, title = ''): string[] =>
  tagPaper(title, abstract).modality.map((t) => t.id);

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
    ['3d', 'Sparse-View Gaussian Splatting'],
    ['code', 'Can Code Agents Clean Data?'],
    ['time-series', 'Long Time Series Forecasting'],
    ['text', 'Long-Document Question Answering and Summarization'],
  ];
  for (const [id, title] of cases)
    it(`tags ${id} from "${title}"`, () => expect(modalities('', title)).toContain(id));

  it('takes an image task named once in the abstract for images, not one carried to video', () => {
    expect(modalities('Customized image editing equips diffusion models with effects.')).toEqual([
      'image',
    ]);
    expect(modalities('Flow matching leads text-to-image generation.')).toEqual(['image']);
    expect(modalities('Existing methods carry image editing to video.')).not.toContain('image');
  });
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
  it('takes test-time scaling (TTS) and hate speech for no audio, text-to-speech for audio', () => {
    expect(
      modalities('We combine RL with parallel test-time scaling (TTS). TTS helps the agent.'),
    ).not.toContain('audio');
    expect(modalities('We detect hate speech in posts.', 'Hate Speech Detection')).not.toContain(
      'audio',
    );
    expect(modalities('Our text-to-speech (TTS) model speaks with accents.')).toContain('audio');
  });
  it('takes a diagnostic benchmark for evaluation, and a diagnosis of cancer for medicine', () => {
    expect(
      modalities(
        'We diagnose where video models fail. The diagnostic suite covers physics.',
        'A Diagnostic Benchmark for Video Generation',
      ),
    ).not.toContain('medical');
    expect(
      modalities('Early diagnosis of lung cancer from screening scans.', 'Diagnostic Screening'),
    ).toContain('medical');
  });
  it('takes a versioned name ("CT-1") for a name, and CT scans for medicine', () => {
    expect(
      modalities('We propose CT-1, a camera model. CT-12 follows.', 'CT-1: Camera Transfer'),
    ).not.toContain('medical');
    expect(modalities('We denoise low-dose CT scans.', 'CT Denoising')).toContain('medical');
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
