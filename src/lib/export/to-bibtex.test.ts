import { describe, expect, it } from 'vitest';
import { TRICKY, makePaper } from '../../testing/export-paper-fixture';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { escapeBibtex, toBibtex } from './to-bibtex';
import { parseDump } from '../dump/parse-dump';
import { cleanText } from '../dump/clean-text';
import { postedMonth } from '../paper-ids/id-format';

describe('toBibtex', () => {
  it('writes an honest @misc with title, page URL and note, and no invented authors or year', () => {
    const out = toBibtex([makePaper()], {
      baseUrl: 'http://localhost:4173/',
      siteUrl: 'https://host',
    });
    expect(out).toBe(
      '@misc{longformer-the-long-document-transformer,\n' +
        '  title = {{Longformer: The Long-Document Transformer}},\n' +
        '  abstract = {Transformer-based models are unable to process long sequences.},\n' +
        '  url = {https://host/paper/longformer-the-long-document-transformer},\n' +
        '  note = {Longformer. Listed in Paper Explorer; authors and year are not in the source listing.}\n' +
        '}\n',
    );
    expect(out).not.toMatch(/^\s*(author|year)\s*=/m);
  });

  it('writes the authors and year the listing stated, and says nothing is missing', () => {
    const out = toBibtex(
      [makePaper({ authors: ['Iz Beltagy', 'Barnes and Noble', 'Smith, Jr.'], year: 2020 })],
      { baseUrl: 'http://localhost/' },
    );
    expect(out).toContain('  author = {Iz Beltagy and {Barnes and Noble} and {Smith, Jr.}},\n');
    expect(out).toContain('  year = {2020},\n');
    expect(out).toContain('  note = {Longformer. Listed in Paper Explorer.}\n');
  });

  it('never links a local address: without a public site the @misc has no url', () => {
    const out = toBibtex([makePaper()], { baseUrl: 'http://localhost:4173/' });
    expect(out).not.toContain('localhost');
    expect(out).not.toMatch(/^\s*url\s*=/m);
  });

  it('writes an @article with eprint and archivePrefix when the arXiv id is known', () => {
    const out = toBibtex([makePaper({ arxiv: '2004.05150', doi: '10.1145/1.2' })], {
      baseUrl: 'http://localhost/',
      siteUrl: 'https://host',
    });
    expect(out).toBe(
      '@article{longformer-the-long-document-transformer,\n' +
        '  title = {{Longformer: The Long-Document Transformer}},\n' +
        '  abstract = {Transformer-based models are unable to process long sequences.},\n' +
        '  journal = {arXiv preprint arXiv:2004.05150},\n' +
        '  eprint = {2004.05150},\n' +
        '  archivePrefix = {arXiv},\n' +
        '  year = {2020},\n' +
        '  doi = {10.1145/1.2},\n' +
        '  url = {https://arxiv.org/abs/2004.05150},\n' +
        '  note = {Longformer. Listed in Paper Explorer; authors are not in the source listing.}\n' +
        '}\n',
    );
  });

  it('escapes TeX specials in titles', () => {
    expect(escapeBibtex('{a} 100% R&D $5 #1 x_1 ~ ^ \\cmd')).toBe(
      '\\{a\\} 100\\% R\\&D \\$5 \\#1 x\\_1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}cmd',
    );
    const out = toBibtex([TRICKY], { baseUrl: 'https://host' });
    expect(out).toContain(
      'title = {{A "quoted", comma newline title with *stars*, \\_under\\_, [brackets] \\& 100\\% \\$x\\_1\\$ \\#1 \\{braces\\} \\textbackslash{} back\\textasciitilde{}}},',
    );
  });

  it('keeps braces balanced in every entry', () => {
    const out = toBibtex([makePaper(), TRICKY], {
      baseUrl: 'https://h',
      siteUrl: 'https://h/{x}#y',
    });
    const unescaped = out.replace(/\\[{}%#&$_]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    expect(out).toContain('url = {https://h/%7Bx%7D#y/paper/tricky}');
  });

  it('separates entries by a blank line and writes nothing for no papers', () => {
    expect(
      toBibtex([makePaper(), TRICKY], { baseUrl: 'https://h' }).match(/^@misc\{/gm),
    ).toHaveLength(2);
    expect(toBibtex([], { baseUrl: 'https://h' })).toBe('');
  });

  it('reads back as a dump: the same titles, abstracts and ids (property)', () => {
    const text = fc
      .string({
        unit: fc.constantFrom(...'ab Z09 -:,.()[]{}%&$#_~^\\"\'*é€'),
        minLength: 1,
        maxLength: 60,
      })
      .map(cleanText)
      .filter((t) => /[A-Za-z0-9]/.test(t) && !t.includes('--')); // a dash before "}" becomes –
    const paper = fc.record({
      title: text,
      abstract: fc.option(text, { nil: '' }),
      arxiv: fc.option(fc.constantFrom('2004.05150', '2312.00752', 'cs/0112017'), {
        nil: undefined,
      }),
      authors: fc.option(
        fc.array(
          text.filter((t) => !/^(?:others|et\.? al\.?)$/i.test(t)),
          { minLength: 1, maxLength: 4 },
        ),
        {
          nil: undefined,
        },
      ),
      year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(paper, { minLength: 1, maxLength: 5, selector: (p) => p.title }),
        (given) => {
          const papers = given.map((p, i) => makePaper({ ...p, slug: `p${i}`, index: i }));
          const read = parseDump(toBibtex(papers, { baseUrl: 'https://h' })).papers;
          expect(read.map((p) => [cleanText(p.title), cleanText(p.abstract), p.arxiv])).toEqual(
            given.map((p) => [p.title, p.abstract, p.arxiv]),
          );
          // The year an arXiv id gives is written too.
          expect(read.map((p) => [p.authors?.map((a) => cleanText(a)), p.year])).toEqual(
            given.map((p) => [p.authors, p.year ?? (p.arxiv && postedMonth(p.arxiv)?.year)]),
          );
        },
      ),
    );
  });

  it('reads back a real listing whole: 325 papers of another field', () => {
    const raw = parseDump(readFileSync('tests/fixtures/dev-dumps/mixed-ai.txt', 'utf8')).papers;
    const papers = raw.map((p, i) =>
      makePaper({
        title: cleanText(p.title),
        abstract: cleanText(p.abstract),
        slug: `p${i}`,
        index: i,
      }),
    );
    const read = parseDump(toBibtex(papers, { baseUrl: 'https://h' })).papers;
    expect(read.map((p) => [cleanText(p.title), cleanText(p.abstract)])).toEqual(
      papers.map((p) => [p.title, p.abstract]),
    );
  });
});
