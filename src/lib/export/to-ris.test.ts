import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TRICKY,
  expectReadBack,
  makePaper,
  readBackPapers,
} from '../../testing/export-paper-fixture';
import { toRis } from './to-ris';
import { postedMonth } from '../paper-ids/id-format';

describe('toRis', () => {
  it('writes one tagged record a paper, CRLF line ends, no invented authors', () => {
    expect(toRis([makePaper()], { baseUrl: 'http://localhost/', siteUrl: 'https://host' })).toBe(
      [
        'TY  - GEN',
        'TI  - Longformer: The Long-Document Transformer',
        'AB  - Transformer-based models are unable to process long sequences.',
        'UR  - https://host/paper/longformer-the-long-document-transformer',
        'N1  - Longformer',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the authors one a line, the year, and the arXiv record', () => {
    const out = toRis(
      [
        makePaper({
          arxiv: '2004.05150',
          doi: '10.1145/1.2',
          authors: ['Iz Beltagy', 'Arman Cohan'],
        }),
      ],
      { baseUrl: 'http://localhost/' },
    );
    expect(out).toContain('TY  - JOUR\r\n');
    expect(out).toContain('AU  - Iz Beltagy\r\nAU  - Arman Cohan\r\nPY  - 2020\r\n');
    expect(out).toContain('JO  - arXiv preprint arXiv:2004.05150\r\n');
    expect(out).toContain('DO  - 10.1145/1.2\r\nUR  - https://arxiv.org/abs/2004.05150\r\n');
  });

  it('keeps every value on its line and never links a local address', () => {
    const out = toRis([TRICKY], { baseUrl: 'http://localhost:4173/' });
    expect(out).not.toContain('localhost');
    expect(out.split('\r\n').every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it('reads back as a dump: the same titles, abstracts, authors, years and ids (property)', () => {
    fc.assert(
      fc.property(readBackPapers, (given) =>
        expectReadBack(
          given,
          (papers) => toRis(papers, { baseUrl: 'https://h' }),
          // RIS writes the year an arXiv id gives.
          (p) => p.year ?? (p.arxiv ? postedMonth(p.arxiv)?.year : undefined),
        ),
      ),
    );
  });
});
