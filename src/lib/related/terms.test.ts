import { describe, expect, it } from 'vitest';
import { stem, termKey, terms } from './terms';

describe('stem', () => {
  it.each([
    [['model', 'models', 'modeling', 'modelling', 'modeled'], 'model'],
    [['cache', 'caches', 'caching', 'cached'], 'cach'],
    [['memory', 'memories'], 'memory'],
    [['process', 'processes', 'processing'], 'process'],
    [['scale', 'scales', 'scaling', 'scaled'], 'scal'],
    [['embedding', 'embeddings', 'embedded', 'embed'], 'embed'],
    [['sequence', 'sequences'], 'sequenc'],
  ])('maps %j to one key', (forms, key) => {
    expect(forms.map(stem)).toEqual(forms.map(() => key));
  });

  it('leaves short words and -ss/-us/-is endings alone', () => {
    expect(['ssm', 'loss', 'corpus', 'analysis', 'long'].map(stem)).toEqual([
      'ssm',
      'loss',
      'corpus',
      'analysis',
      'long',
    ]);
  });
});

describe('terms', () => {
  it('drops stopwords, generic academic words and numbers, and keeps technical ones', () => {
    expect(
      terms('We propose a novel method: the KV-cache results in 128K tokens with H100 GPUs.').map(
        (t) => t.surface,
      ),
    ).toEqual(['kv', 'cache', 'tokens', 'h100', 'gpus']);
  });

  it('removes "state-of-the-art" but keeps "state space"', () => {
    expect(terms('State-of-the-art state space models, SOTA too').map((t) => t.surface)).toEqual([
      'state',
      'space',
    ]);
  });

  it('folds case and accents', () => {
    expect(terms('Régression Über').map((t) => t.surface)).toEqual(['regression', 'uber']);
  });

  it('gives no key to stopwords, single letters or digit-first words', () => {
    expect([
      termKey('the'),
      termKey('x'),
      termKey('3d'),
      termKey('results'),
      termKey('al'),
    ]).toEqual([null, null, null, null, null]);
    expect(termKey('kv')).toBe('kv');
  });

  it('drops halves of hyphenated words and adverbs, not nouns ending in -ly', () => {
    expect(
      terms('Segment-wise, training-free co-training; finally, albeit rarely, inevitably').map(
        (t) => t.surface,
      ),
    ).toEqual(['segment', 'training', 'training']);
    expect(terms('anomaly family assembly supply poly').map((t) => t.surface)).toEqual([
      'anomaly',
      'family',
      'assembly',
      'supply',
      'poly',
    ]);
  });
});
