import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { isTableListing } from './table-listing';
import { DumpError, parseDump } from './parse-dump';

const fixture = (name: string) => readFileSync(`tests/fixtures/dumps/${name}`, 'utf8');

describe('isTableListing', () => {
  it('takes a first line that is a header with a title column', () => {
    expect(isTableListing(['', '"Key","Title","Abstract Note"'])).toBe(true);
    expect(isTableListing(['Week\tPaper\tarXiv'])).toBe(true);
    expect(isTableListing(['Paper title;Link'])).toBe(true);
  });
  it('leaves page text, titles with commas and one-column lists', () => {
    expect(isTableListing(['Title'])).toBe(false);
    expect(isTableListing(['Attention, please: a title, with commas', 'An abstract.'])).toBe(false);
    expect(isTableListing(['# Papers', 'Title,Abstract'])).toBe(false);
  });
});

describe('parseDump on Markdown tables (a GitHub awesome list)', () => {
  it('reads each table under its header: linked titles, code links, dates, the rest skipped', () => {
    const list = [
      '# Awesome Long Context',
      '',
      '## Attention',
      '| Title | Venue | Date | Code |',
      '|:------|:-----:|:----:|:----:|',
      '| [Longformer](https://arxiv.org/abs/2004.05150) | arXiv | 2020-04 | [Github](https://github.com/allenai/longformer) [![stars](https://img.shields.io/github/stars/allenai/longformer)](https://github.com/allenai/longformer) |',
      '| **Big Bird** | NeurIPS 2020 | 2020-07 | - |',
      '',
      '## State spaces',
      '| Paper | Date |',
      '| --- | --- |',
      '| [S4 \\| structured](https://openreview.net/forum?id=uYLFoz1vlAC) | 2022 |',
    ].join('\n');
    expect(isTableListing(list.split('\n'))).toBe(true);
    const { papers, warnings } = parseDump(list);
    expect(papers.map((p) => [p.title, p.arxiv, p.year, p.links, p.titleLine])).toEqual([
      [
        'Longformer',
        '2004.05150',
        2020,
        [{ url: 'https://github.com/allenai/longformer', label: 'Code' }],
        6,
      ],
      ['Big Bird', undefined, 2020, undefined, 7],
      [
        'S4 | structured',
        undefined,
        2022,
        [{ url: 'https://openreview.net/forum?id=uYLFoz1vlAC', label: 'Paper' }],
        12,
      ],
    ]);
    expect(warnings.map((w) => `${w.line}: ${w.message.split(' (')[0]}`)).toEqual([
      '1: skipped 3 lines outside the tables',
      '4: columns not kept',
      '6: 3 rows have no abstract',
    ]);
  });
  it('recovers every row of any Markdown table, bars and links in its cells (property)', () => {
    const row = fc.record({
      words: fc.array(fc.constantFrom('Long', 'Sparse', 'Video', 'A|B', '*Memory*', 'Graphs'), {
        minLength: 1,
        maxLength: 6,
      }),
      id: fc.option(fc.integer({ min: 10_000, max: 99_999 }), { nil: undefined }),
      venue: fc.constantFrom('', 'NeurIPS 2020', '[ICLR](https://iclr.cc)', '-'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, edges) => {
        const bar = (cells: string[]) => (edges ? `| ${cells.join(' | ')} |` : cells.join(' | '));
        const lines = [
          '## Papers',
          bar(['Title', 'Venue']),
          bar(['---', ':---:']),
          ...rows.map(({ words, id, venue }, i) => {
            const title = `${words.join(' ').replace(/\|/g, '\\|')} ${i}`;
            return bar([
              id === undefined ? title : `[${title}](https://arxiv.org/abs/2403.${id})`,
              venue,
            ]);
          }),
        ];
        const { papers } = parseDump(lines.join('\n'));
        expect(papers.map((p) => [p.title, p.arxiv])).toEqual(
          rows.map(({ words, id }, i) => [
            `${words.join(' ').replace(/\*(\w+)\*/g, '$1')} ${i}`,
            id === undefined ? undefined : `2403.${id}`,
          ]),
        );
      }),
    );
  });
  it('takes no table without the rule under its header, nor one without a title column', () => {
    expect(isTableListing(['| Title | Year |', '| Alpha | 2020 |'])).toBe(false);
    expect(isTableListing(['| Venue | Year |', '|---|---|', '| ICLR | 2020 |'])).toBe(false);
    // The ACL Anthology's names between bars are no table.
    expect(isTableListing(['A Title', 'Ada Lovelace | Alan Turing', 'An abstract.'])).toBe(false);
  });
});

describe('parseDump on a table', () => {
  it("reads a sheet's Code and Project page columns as the paper's links", () => {
    const sheet = [
      'Title,Abstract,Code,Project page',
      'Alpha,We propose Alpha.,https://github.com/a/alpha,https://a.github.io/alpha',
      'Beta,We propose Beta.,n/a,',
    ].join('\n');
    expect(parseDump(sheet).papers.map((p) => p.links)).toEqual([
      [
        { url: 'https://github.com/a/alpha', label: 'Code' },
        { url: 'https://a.github.io/alpha', label: 'Project page' },
      ],
      undefined,
    ]);
  });
  it("reads a Zotero CSV export: quoted fields over several lines, doubled quotes, the row's ids", () => {
    const { papers, warnings } = parseDump(fixture('zotero-export.csv'));
    expect(papers.map((p) => [p.title, p.titleLine, p.arxiv, p.doi])).toEqual([
      ['Longformer: The Long-Document Transformer', 2, '2004.05150', undefined],
      ['Big Bird: Transformers for Longer Sequences', 5, undefined, '10.5555/3495724.3497174'],
      [
        'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
        7,
        '2312.00752',
        undefined,
      ],
    ]);
    expect(papers[0]?.abstract).toMatch(/sequence length\. To address this limitation/);
    expect(papers[1]?.abstract).toContain('a "sparse" attention');
    // Zotero writes "Last, First; Last, First".
    expect(papers.map((p) => [p.authors, p.year])).toEqual([
      [['Iz Beltagy', 'Matthew E. Peters', 'Arman Cohan'], 2020],
      [['Manzil Zaheer', 'Guru Guruganesh'], 2020],
      [['Albert Gu', 'Tri Dao'], 2023],
    ]);
    expect(warnings).toEqual([
      {
        line: 1,
        message:
          'columns not kept (a paper here is its title, abstract, authors, year, ids and links): Key, Item Type, Publication Title, Date Added',
      },
      { line: 6, message: 'row with an empty title, skipped' },
      { line: 7, message: '1 row has no abstract (kept with the title alone)' },
    ]);
  });

  it("reads a reading group's TSV sheet: bare arXiv ids, short rows, blank lines", () => {
    const { papers } = parseDump(fixture('reading-group.tsv'));
    expect(papers.map((p) => [p.titleLine, p.arxiv, p.abstract === ''])).toEqual([
      [2, '2310.01889', false],
      [3, '2309.17453', true],
      [5, undefined, false],
    ]);
  });

  it('says where a row went wrong, and reads on', () => {
    const { papers, warnings } = parseDump(
      'Title,Abstract\nSparse, local attention,Too many fields.\nD,"unclosed\nE,f\n',
    );
    expect(papers.map((p) => p.title)).toEqual(['Sparse', 'D']);
    expect(warnings.map((w) => w.line)).toEqual([2, 3]);
    expect(warnings[0]?.message).toBe('row has 3 fields where the header has 2; read by position');
    expect(() => parseDump('Title,Abstract\n,x\n')).toThrow(
      new DumpError(
        'no paper found: no row with a title (line 2: row with an empty title, skipped)',
      ),
    );
  });

  const cell = fc
    .string({ unit: fc.constantFrom(...'ab Z09,;\t"\'\n.:-é'), maxLength: 40 })
    .map((s) => s.replace(/\s+/g, ' ').trim());
  it('recovers every row of any table Papa.unparse writes (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', '\t', ';'),
        fc.uniqueArray(
          fc.tuple(
            cell.filter((t) => t !== ''),
            cell,
            cell,
          ),
          {
            minLength: 1,
            maxLength: 6,
            selector: ([t]) => t.toLowerCase(),
          },
        ),
        (delimiter, rows) => {
          const text = Papa.unparse(
            [['Notes', 'Title', 'Abstract'], ...rows.map(([t, a, n]) => [n, t, a])],
            {
              delimiter,
            },
          );
          const { papers } = parseDump(text);
          expect(papers.map((p) => [p.title, p.abstract])).toEqual(rows.map(([t, a]) => [t, a]));
        },
      ),
    );
  });

  it('gives the same papers as the Hugging Face layout of the same listing', () => {
    const hf = parseDump(fixture('../dev-dumps/mixed-ai.txt')).papers;
    const csv = Papa.unparse([
      ['Title', 'Authors', 'Abstract'],
      ...hf.map((p) => [p.title, 'A; B', p.abstract]),
    ]);
    expect(parseDump(csv).papers.map((p) => [p.title, p.abstract])).toEqual(
      hf.map((p) => [p.title, p.abstract]),
    );
  });
});
