import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FORMATS } from './export-formats';
import {
  TRICKY,
  expectReadBack,
  makePaper,
  readBackPapers,
} from '../../testing/export-paper-fixture';
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
        find: [
          {
            label: 'arXiv search',
            url: 'https://arxiv.org/search/?query=Longformer%3A%20The%20Long-Document%20Transformer&searchtype=title',
          },
          {
            label: 'Hugging Face Papers',
            url: 'https://huggingface.co/papers?q=Longformer%3A%20The%20Long-Document%20Transformer',
          },
          {
            label: 'Semantic Scholar',
            url: 'https://www.semanticscholar.org/search?q=Longformer%3A%20The%20Long-Document%20Transformer',
          },
          {
            label: 'Google Scholar',
            url: 'https://scholar.google.com/scholar?q=Longformer%3A%20The%20Long-Document%20Transformer',
          },
        ],
      },
    ]);
    const [withIds] = JSON.parse(toJson([makePaper({ arxiv: '2004.05150' })])) as {
      arxiv: string;
      find: { label: string; url: string }[];
    }[];
    expect(withIds?.arxiv).toBe('2004.05150');
    expect(withIds?.find.slice(0, 2)).toEqual([
      { label: 'arXiv 2004.05150', url: 'https://arxiv.org/abs/2004.05150' },
      { label: 'PDF', url: 'https://arxiv.org/pdf/2004.05150' },
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

  it("carries the paper's topics when the corpus has them", () => {
    const p = makePaper();
    const topic = [{ id: 'long-documents', evidence: [] }];
    const [out] = JSON.parse(toJson([{ ...p, tags: { ...p.tags, topic } }])) as {
      tags: { topic?: string[] };
    }[];
    expect(out?.tags.topic).toEqual(['long-documents']);
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
    expect(EXPORT_FORMATS.map((f) => f.extension)).toEqual(['md', 'csv', 'json', 'bib', 'ris']);
  });
});

describe('toJson read back', () => {
  it('reads back as a dump: the same titles, abstracts, authors, years and ids (property)', () => {
    fc.assert(
      fc.property(readBackPapers, (given) =>
        expectReadBack(given, (papers) => toJson(papers, { baseUrl: 'https://h/' })),
      ),
    );
  });
});
