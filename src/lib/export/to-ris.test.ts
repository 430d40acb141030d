import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRICKY, makePaper } from '../../testing/export-paper-fixture';
import { toRis } from './to-ris';
import { parseDump } from '../dump/parse-dump';
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
    const text = fc.stringMatching(
      /^[A-Za-z0-9][A-Za-z0-9 .:;!?()'"$%&{}\\_^~é€-]{0,40}[A-Za-z0-9.]$/,
    );
    const paper = fc.record({
      title: text,
      abstract: fc.option(text, { nil: '' }),
      arxiv: fc.option(fc.constantFrom('2004.05150', '2312.00752', 'cs/0112017'), {
        nil: undefined,
      }),
      authors: fc.option(
        fc.array(fc.stringMatching(/^[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6}){1,2}$/), {
          minLength: 1,
          maxLength: 4,
        }),
        { nil: undefined },
      ),
      year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(paper, { minLength: 1, maxLength: 5 }), (given) => {
        const papers = given.map((p, i) => makePaper({ ...p, slug: `p${i}`, index: i }));
        const read = parseDump(toRis(papers, { baseUrl: 'https://h' })).papers;
        expect(read.map((p) => [p.title, p.abstract, p.arxiv, p.authors, p.year])).toEqual(
          given.map((p) => [
            p.title.replace(/\s+/g, ' '),
            p.abstract.replace(/\s+/g, ' '),
            p.arxiv,
            p.authors,
            p.year ?? (p.arxiv && postedMonth(p.arxiv)?.year),
          ]),
        );
      }),
    );
  });
});
