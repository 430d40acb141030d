import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBibtex } from './bibtex';
import { DumpError, parseDump } from './parse-dump';

const fixture = (name: string) => readFileSync(`tests/fixtures/dumps/${name}`, 'utf8');

describe('isBibtex', () => {
  it('takes a file whose first line past comments opens an entry', () => {
    expect(isBibtex(['% exported', '', '@article{k,', '}'])).toBe(true);
    expect(isBibtex(['  @InProceedings ( k,', ')'])).toBe(true);
  });
  it('leaves page text and lists that only mention an entry', () => {
    expect(isBibtex(['Papers', '@article{k, title={x}}'])).toBe(false);
    expect(isBibtex(['@someone said this', 'An abstract.'])).toBe(false);
  });
});

describe('parseDump on a BibTeX file', () => {
  const { papers, warnings } = parseDump(fixture('reading-group.bib'));

  it('reads each entry with a title as a paper, with its abstract and its own ids', () => {
    expect(papers.map((p) => [p.title, p.arxiv, p.doi])).toEqual([
      ['Longformer: {The} {Long}-{Document} {Transformer}', '2004.05150', undefined],
      [
        'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
        '2205.14135',
        undefined,
      ],
      ['Mamba: Linear-time sequence modeling with selective state spaces', '2312.00752', undefined],
      ['Big Bird: Transformers for Longer Sequences', undefined, '10.5555/3495724.3497174'],
      ['Reformer: The Efficient Transformer', '2001.04451', undefined],
    ]);
    // A wrapped value is one line; its TeX is left for the build to repair.
    expect(papers[3]?.abstract).toBe(
      'We propose BigBird, a sparse attention mechanism that reduces the $O(n^2)$ dependency of full attention to linear, and handles sequences up to 8x longer.',
    );
    expect(papers[0]).toMatchObject({ titleLine: 9, abstractLine: 13 });
    expect(papers[1]?.abstract).toBe('');
  });

  it('says once what it skipped and why, at the lines concerned', () => {
    expect(warnings.map((w) => w.line)).toEqual([8, 25, 52, 65]);
    expect(warnings[1]?.message).toMatch(/^2 BibTeX entries have no abstract/);
    expect(warnings[2]?.message).toBe(
      'BibTeX entry “broken_entry” skipped: a value is not closed (at line 57)',
    );
    expect(warnings[3]?.message).toBe('BibTeX entry “no_title_2024” has no title, skipped');
    expect(warnings[0]?.message).toMatch(/: booktitle, /);
    expect(warnings[0]?.message.split(': ')[1]).not.toMatch(/\bauthor\b|\byear\b/);
  });

  it("reads authors in print order and the year, keeping the names' TeX for the build", () => {
    expect(papers.map((p) => [p.authors, p.year])).toEqual([
      [['Iz Beltagy', 'Matthew E. Peters', 'Arman Cohan'], 2020],
      [['Tri Dao', 'Daniel Y. Fu', 'Stefano Ermon', 'Atri Rudra', "Christopher R{\\'e}"], 2022],
      [['Albert Gu', 'Tri Dao'], 2023],
      [['Manzil Zaheer', 'Guru Guruganesh', 'Bernhard Sch{\\"o}lkopf'], 2020],
      // No author field; its year comes from its arXiv id in the build.
      [undefined, undefined],
    ]);
  });

  it('honours @string macros, # joins and parenthesised entries', () => {
    const bib = [
      '@string(conf = "Long")',
      '@misc(k1, title = conf # " Context " # {Models}, abstract = "An " # conf # " abstract.")',
    ].join('\n');
    expect(parseDump(bib).papers[0]).toMatchObject({
      title: 'Long Context Models',
      abstract: 'An Long abstract.',
    });
  });

  it('says clearly when no entry has a title', () => {
    expect(() => parseDump('@misc{k, year = 2020}')).toThrow(
      new DumpError(
        'no paper found: no BibTeX entry with a title (line 1: BibTeX entry “k” has no title, skipped)',
      ),
    );
  });

  const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,:;!?()'$^_-]{0,40}[A-Za-z0-9.]$/);
  const entry = fc.record({
    key: fc.stringMatching(/^[a-z][a-z0-9_:-]{0,12}$/),
    title: text,
    abstract: fc.option(text, { nil: undefined }),
    braced: fc.boolean(),
    protect: fc.boolean(),
    extra: fc.subarray(['author = {A, B and C, D}', 'year = 2021', 'month = jun', 'note = "x"']),
    gap: fc.constantFrom(' ', '\n  ', '\n\t', '  \n    '),
  });
  const wrap = (v: string, braced: boolean, protect: boolean) => {
    const value = protect ? `{${v}}` : v;
    return braced ? `{${value}}` : `"${value}"`;
  };

  it('recovers every entry, whatever its delimiters, field order and layout (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, {
          minLength: 1,
          maxLength: 6,
          // Titles alike but for case are one paper to the reader: parseDump keeps one.
          selector: (e) => e.title.toLowerCase(),
        }),
        (entries) => {
          const bib = entries
            .map((e) => {
              const fields = [
                `title = ${wrap(e.title.replace(/ /g, e.gap), e.braced, e.protect)}`,
                ...(e.abstract === undefined
                  ? []
                  : [`abstract = ${wrap(e.abstract, !e.braced, false)}`]),
                ...e.extra,
              ];
              return `@article{${e.key},${e.gap}${fields.join(`,${e.gap}`)}${e.gap}}`;
            })
            .join('\n\n');
          const { papers } = parseDump(bib);
          expect(papers.map((p) => p.title)).toEqual(
            entries.map((e) => (e.protect ? `{${e.title}}` : e.title).replace(/\s+/g, ' ')),
          );
          expect(papers.map((p) => p.abstract)).toEqual(
            entries.map((e) => (e.abstract ?? '').replace(/\s+/g, ' ')),
          );
        },
      ),
    );
  });

  it('reads any text after an entry head without throwing anything but DumpError (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        try {
          parseDump(`@article{k,\n title = {T},\n${tail}\n@misc{m, title = {U}}`);
        } catch (e) {
          expect(e).toBeInstanceOf(DumpError);
        }
      }),
    );
  });
});
