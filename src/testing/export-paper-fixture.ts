/** Papers for the export tests: one plain, one full of characters every format must escape. */
import type { Paper } from '../lib/types';

export function makePaper(over: Partial<Paper> = {}): Paper {
  return {
    slug: 'longformer-the-long-document-transformer',
    index: 0,
    title: 'Longformer: The Long-Document Transformer',
    name: 'Longformer',
    abstract: 'Transformer-based models are unable to process long sequences.',
    links: [{ url: 'https://github.com/allenai/longformer', kind: 'code' }],
    tags: {
      technique: [{ id: 'sparse-attention', evidence: ['sliding window'] }],
      modality: [{ id: 'text', evidence: [] }],
      contribution: { id: 'method', evidence: [] },
    },
    claims: [
      {
        kind: 'context',
        value: 4096,
        unit: 'tokens',
        text: '4,096 tokens',
        sentence: 'It reads 4,096 tokens.',
      },
    ],
    related: [{ slug: 'big-bird', shared: ['sparse', 'attention'] }],
    ...over,
  };
}

export const TRICKY = makePaper({
  slug: 'tricky',
  index: 1,
  title:
    'A "quoted", comma\nnewline title with *stars*, _under_, [brackets] & 100% $x_1$ #1 {braces} \\ back~',
  name: undefined,
  tags: { technique: [], modality: [], contribution: { id: 'survey', evidence: [] } },
  claims: [],
  links: [],
  related: [],
});
