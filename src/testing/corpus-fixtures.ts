/** Corpus files as the build writes them, for the checks' tests to break one field at a time. */
import { FORMAT_VERSION } from '../lib/corpus-format';

export type Json = Record<string, unknown>;

/** meta.json of two papers as the build writes it (one with a name, one without). */
export function validMeta(): Json {
  return {
    version: FORMAT_VERSION,
    builtAt: '2025-01-31T00:00:00.000Z',
    source: 'papers.txt',
    count: 2,
    facets: {
      technique: ['sparse-attention', 'kv-cache'],
      modality: ['text'],
      contribution: ['method', 'survey'],
    },
    shardSize: 100,
    shards: ['details/d-0000.json'],
    shardStarts: [0],
    index: { file: 'index.bin', bytes: 10 },
    papers: [
      [
        'longformer',
        'Longformer',
        'Longformer',
        [[0, 1], [0], [0]],
        [['context', 4096, 'tokens', '4,096 tokens']],
        0,
      ],
      ['untitled', 'A survey', 0, [[], [], [1]], [], 1],
    ],
  };
}

/** A details shard of those two papers. */
export function validShard(): Json {
  return {
    version: FORMAT_VERSION,
    from: 0,
    papers: [
      {
        abstract: 'We read 4,096 tokens. Code: https://github.com/allenai/longformer',
        links: [{ url: 'https://github.com/allenai/longformer', kind: 'code' }],
        evidence: { technique: [['sliding window'], []], modality: [[]], contribution: [[]] },
        sentences: ['We read 4,096 tokens.'],
        related: [[1, ['attention']]],
      },
      {
        abstract: '',
        links: [],
        evidence: { technique: [], modality: [], contribution: [[]] },
        sentences: [],
        related: [],
      },
    ],
  };
}

export const row = (m: Json, i: number) => (m.papers as unknown[][])[i]!;
export const details = (s: Json, i: number) => (s.papers as Json[])[i]!;
