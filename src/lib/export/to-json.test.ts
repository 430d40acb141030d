import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from './export-formats';
import { TRICKY, makePaper } from './paper-fixture';
import { toJson } from './to-json';

describe('toJson', () => {
  it('writes public fields, pretty-printed, with page URLs', () => {
    const out = toJson([makePaper()], { baseUrl: 'https://host' });
    expect(
      out.startsWith('[\n  {\n    "slug": "longformer-the-long-document-transformer",\n'),
    ).toBe(true);
    expect(out.endsWith(']\n')).toBe(true);
    expect(JSON.parse(out)).toEqual([
      {
        slug: 'longformer-the-long-document-transformer',
        url: 'https://host/paper/longformer-the-long-document-transformer',
        title: 'Longformer: The Long-Document Transformer',
        name: 'Longformer',
        abstract: 'Transformer-based models are unable to process long sequences.',
        links: [{ url: 'https://github.com/allenai/longformer', kind: 'code' }],
        tags: { technique: ['sparse-attention'], modality: ['text'], contribution: 'method' },
        claims: [{ kind: 'context', value: 4096, unit: 'tokens', text: '4,096 tokens' }],
        related: ['big-bird'],
      },
    ]);
  });

  it('round-trips awkward text and leaves out what is absent', () => {
    const [p] = JSON.parse(toJson([{ ...TRICKY, missingAbstract: true }])) as Record<
      string,
      unknown
    >[];
    expect(p?.title).toBe(TRICKY.title);
    expect(p).not.toHaveProperty('url');
    expect(p).not.toHaveProperty('name');
    expect(p).not.toHaveProperty('index');
    expect(p?.missingAbstract).toBe(true);
  });

  it('writes an empty array for no papers', () => {
    expect(toJson([])).toBe('[]\n');
  });
});

describe('EXPORT_FORMATS', () => {
  it('renders every format from the same arguments', () => {
    for (const f of EXPORT_FORMATS) {
      expect(f.render([makePaper()], { baseUrl: 'https://h' })).toContain('Longformer');
    }
    expect(EXPORT_FORMATS.map((f) => f.extension)).toEqual(['md', 'csv', 'json', 'bib']);
  });
});
