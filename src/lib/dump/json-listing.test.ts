import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DumpError, parseDump } from './parse-dump';
import { isJsonListing, readJsonListing } from './json-listing';
import type { ParsedPaper } from '../types';
import { oneLine } from './warning-text';

const ABSTRACT = 'Transformers cannot read long documents. We propose a sparse attention pattern.';

const papersOf = (text: string) =>
  parseDump(text).papers.map(({ title, abstract, authors, year, arxiv, doi }) => ({
    title,
    abstract,
    ...(authors ? { authors } : {}),
    ...(year ? { year } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
  }));

describe('isJsonListing', () => {
  it('takes an array of records, a record or JSON Lines, not a line that opens with a bracket', () => {
    expect(isJsonListing(['[', '  {"title": "A"}', ']'])).toBe(true);
    expect(isJsonListing(['[{"title": "A"}]'])).toBe(true);
    expect(isJsonListing(['', '{"data": []}'])).toBe(true);
    expect(isJsonListing(['{'])).toBe(true);
    expect(isJsonListing(['[PDF] arxiv.org'])).toBe(false);
    expect(isJsonListing(['[1] arXiv:2004.05150'])).toBe(false);
    expect(isJsonListing(['{Sparse} attention'])).toBe(false);
  });
});

describe('JSON listings', () => {
  it("reads Semantic Scholar's API: data[], externalIds, authors[].name, and a TLDR for a missing abstract", () => {
    const text = JSON.stringify({
      total: 2,
      data: [
        {
          paperId: '925ad2897d1b5decbea320d07e99afa9110e09b2',
          externalIds: { ArXiv: '2004.05150', CorpusId: 215737171 },
          title: 'Longformer: The Long-Document Transformer',
          abstract: ABSTRACT,
          year: 2020,
          authors: [{ authorId: '1', name: 'Iz Beltagy' }, { name: 'Matthew E. Peters' }],
        },
        {
          paperId: 'abc',
          externalIds: { DOI: '10.1145/3530811' },
          title: 'Efficient Transformers: A Survey',
          abstract: null,
          tldr: { model: 'tldr@v2.0.0', text: 'This paper surveys efficient transformers.' },
          year: 2022,
          authors: [{ name: 'Yi Tay' }],
        },
      ],
    });
    expect(papersOf(text)).toEqual([
      {
        title: 'Longformer: The Long-Document Transformer',
        abstract: ABSTRACT,
        authors: ['Iz Beltagy', 'Matthew E. Peters'],
        year: 2020,
        arxiv: '2004.05150',
      },
      {
        title: 'Efficient Transformers: A Survey',
        abstract: 'This paper surveys efficient transformers.',
        authors: ['Yi Tay'],
        year: 2022,
        doi: '10.1145/3530811',
      },
    ]);
  });

  it("reads Hugging Face's daily papers (the paper nested, a Mongo _id beside its arXiv id)", () => {
    const text = JSON.stringify(
      [
        {
          paper: {
            id: '2310.01889',
            authors: [
              { _id: '65a', name: 'Hao Liu' },
              { _id: '65b', name: 'Pieter Abbeel' },
            ],
            publishedAt: '2023-10-03T17:59:59.000Z',
            title: 'Ring Attention with Blockwise Transformers',
            summary: ABSTRACT,
            githubRepo: 'https://github.com/haoliuhl/ringattention',
            projectPage: 'javascript:alert(1)',
          },
          _id: '65c',
          title: 'Ring Attention with Blockwise Transformers',
          numComments: 2,
        },
      ],
      null,
      2,
    );
    const { papers, warnings } = parseDump(text);
    expect(papers).toEqual([
      {
        title: 'Ring Attention with Blockwise Transformers',
        abstract: ABSTRACT,
        titleLine: 16,
        abstractLine: 17,
        authors: ['Hao Liu', 'Pieter Abbeel'],
        year: 2023,
        arxiv: '2310.01889',
        // A javascript: "link" is none.
        links: [{ url: 'https://github.com/haoliuhl/ringattention', label: 'githubRepo' }],
      },
    ]);
    // A record's lines are where its title and abstract are first written: in the nested paper.
    expect(warnings.map((w) => w.message)).toEqual([
      'JSON keys not kept (a paper here is its title, abstract, authors, year, ids and links): _id, numComments',
    ]);
  });

  it("reads OpenAlex's inverted abstract and authorships, and CSL JSON's family and given names", () => {
    const openAlex = JSON.stringify({
      meta: { count: 1 },
      results: [
        {
          id: 'https://openalex.org/W3015468748',
          doi: 'https://doi.org/10.1162/tacl_a_00001',
          title: 'Longformer',
          publication_year: 2020,
          authorships: [{ author: { display_name: 'Iz Beltagy' } }],
          abstract_inverted_index: { Long: [0], documents: [1, 3], and: [2] },
        },
      ],
    });
    expect(papersOf(openAlex)).toEqual([
      {
        title: 'Longformer',
        abstract: 'Long documents and documents',
        authors: ['Iz Beltagy'],
        year: 2020,
        doi: '10.1162/tacl_a_00001',
      },
    ]);
    const csl = JSON.stringify([
      {
        id: 'http://zotero.org/users/1/items/ABC',
        title: 'Big Bird: Transformers for Longer Sequences',
        abstract: ABSTRACT,
        author: [
          { family: 'Zaheer', given: 'Manzil' },
          { family: 'Guruganesh', given: 'Guru' },
        ],
        issued: { 'date-parts': [['2020', 7, 28]] },
        URL: 'http://arxiv.org/abs/2007.14062',
      },
    ]);
    expect(papersOf(csl)[0]).toMatchObject({
      authors: ['Manzil Zaheer', 'Guru Guruganesh'],
      year: 2020,
      arxiv: '2007.14062',
    });
  });

  it('reads JSON Lines (the arXiv metadata snapshot), skipping a line that is not JSON', () => {
    const lines = [
      JSON.stringify({
        id: '0704.0001',
        authors: "C. Bal\\'azs, E. L. Berger",
        title: 'Calculation of prompt diphoton production\n  cross sections',
        abstract: '  A fully differential calculation\nis presented.\n',
        update_date: '2008-11-13',
      }),
      'not json',
      JSON.stringify({ id: '2004.05150', title: 'Longformer', abstract: ABSTRACT }),
    ];
    const { papers, warnings } = parseDump(lines.join('\n'));
    expect(papers.map((p) => [p.title, p.abstract, p.arxiv, p.authors, p.titleLine])).toEqual([
      [
        'Calculation of prompt diphoton production cross sections',
        'A fully differential calculation is presented.',
        '0704.0001',
        ["C. Bal\\'azs", 'E. L. Berger'],
        1,
      ],
      ['Longformer', ABSTRACT, '2004.05150', undefined, 3],
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [
        1,
        'JSON keys not kept (a paper here is its title, abstract, authors, year, ids and links): update_date',
      ],
      [2, 'line is not valid JSON, skipped'],
    ]);
  });

  it('takes a list wrapped with its own title as a list, and skips records without a title', () => {
    const text = JSON.stringify({
      title: 'My reading list',
      papers: [{ title: 'Alpha', abstract: ABSTRACT }, { abstract: 'No title here.' }, 42],
    });
    const { papers, warnings } = parseDump(text);
    expect(papers.map((p) => p.title)).toEqual(['Alpha']);
    expect(warnings.map((w) => w.message)).toEqual([
      'JSON record has no title, skipped',
      'JSON value that is not a record, skipped',
    ]);
  });

  it('says where JSON that does not parse goes wrong', () => {
    const broken = '[\n  {"title": "A", "abstract": "B"},\n  {"title": "C" "abstract": "D"}\n]\n';
    expect(() => parseDump(broken)).toThrow(DumpError);
    expect(() => parseDump(broken)).toThrow(/no JSON record with a title \(line 3: not valid JSON/);
  });

  it('gives back every record with a title, in order, as an array or as JSON Lines (property)', () => {
    const record = fc.record({
      title: fc.string({ maxLength: 40 }),
      abstract: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
      extra: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.boolean(), (records, lines) => {
        const text = lines
          ? records.map((r) => JSON.stringify(r)).join('\n')
          : JSON.stringify(records);
        const got: ParsedPaper[] = [];
        readJsonListing(
          text.split('\n'),
          (p) => got.push(p),
          () => {},
        );
        const titled = records.filter((r) => oneLine(r.title) !== '');
        expect(got.map((p) => [p.title, p.abstract])).toEqual(
          titled.map((r) => [oneLine(r.title), oneLine(r.abstract ?? '')]),
        );
        for (const p of got) expect(p.titleLine).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('reads any JSON, or JSON cut short, without throwing anything but DumpError (property)', () => {
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.array(
        fc.dictionary(
          fc.constantFrom('title', 'abstract', 'authors', 'year', 'paper', 'id', 'data'),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      ),
    );
    fc.assert(
      fc.property(json, fc.nat(), fc.boolean(), (value, cut, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? '';
        for (const dump of [text, text.slice(0, cut % (text.length + 1))])
          for (const input of [dump, `[${dump}]`])
            try {
              parseDump(input);
            } catch (e) {
              expect(e).toBeInstanceOf(DumpError);
            }
      }),
    );
  });
});
