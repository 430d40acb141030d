import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLinks, searchTitle } from './find-links';

describe('findLinks', () => {
  it('searches four sites by the title, URL-encoded', () => {
    const links = findLinks({ title: 'Longformer: The Long-Document Transformer' });
    expect(links.map((l) => l.label)).toEqual([
      'arXiv search',
      'Hugging Face Papers',
      'Semantic Scholar',
      'Google Scholar',
    ]);
    expect(links[0]!.url).toBe(
      'https://arxiv.org/search/?query=Longformer%3A%20The%20Long-Document%20Transformer&searchtype=title',
    );
    expect(links[1]!.url).toBe(
      'https://huggingface.co/papers?q=Longformer%3A%20The%20Long-Document%20Transformer',
    );
  });

  it('links the paper directly when its ids are known', () => {
    const links = findLinks({ title: 'T', arxiv: '2401.01234', doi: '10.1145/1.2' });
    expect(links.filter((l) => l.direct)).toEqual([
      { label: 'arXiv 2401.01234', url: 'https://arxiv.org/abs/2401.01234', direct: true },
      { label: 'PDF', url: 'https://arxiv.org/pdf/2401.01234', direct: true },
      { label: 'DOI 10.1145/1.2', url: 'https://doi.org/10.1145/1.2', direct: true },
    ]);
  });

  it('cleans the query and keeps every URL on its host, whatever the title', () => {
    expect(searchTitle('  "> Flag\n Attention. ')).toBe('Flag Attention');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (title) => {
        for (const l of findLinks({ title })) {
          const url = new URL(l.url);
          expect(url.protocol).toBe('https:');
          expect(l.url).not.toMatch(/[\s"<>&]{1}(?!searchtype)/u);
        }
      }),
    );
  });
});
