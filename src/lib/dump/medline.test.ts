import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMedline } from './medline';
import { DumpError, parseDump } from './parse-dump';

const fixture = (name: string) => readFileSync(`tests/fixtures/dumps/${name}`, 'utf8');

describe('isMedline', () => {
  it('takes a file whose first line opens a PubMed record', () => {
    expect(isMedline(['', 'PMID- 37612345', 'TI  - A'])).toBe(true);
  });
  it('leaves text that only mentions one', () => {
    expect(isMedline(['Title', 'PMID- 37612345'])).toBe(false);
    expect(isMedline(['PMID- none'])).toBe(false);
  });
});

describe('parseDump on a PubMed (MEDLINE) file', () => {
  const { papers, warnings } = parseDump(fixture('pubmed-export.nbib'));

  it('reads each record with a title: wrapped values, full author names, year and DOI', () => {
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi, p.arxiv])).toEqual([
      [
        'HyenaDNA: long-range genomic sequence modeling at single nucleotide resolution',
        ['Eric Nguyen', 'Michael Poli'],
        2023,
        undefined,
        '2306.15794',
      ],
      [
        'Long-context clinical notes summarisation with retrieval',
        ['Smith J', 'Müller K'],
        2024,
        '10.1000/clin.2024.001',
        undefined,
      ],
    ]);
    // arXiv's own DOI names the arXiv id (arxiv-id.ts); the abstract is whole, on one line.
    expect(papers[0]?.abstract).toMatch(/^Genomic \(DNA\) sequences .* nucleotide-level\.$/);
    expect(papers[0]).toMatchObject({ titleLine: 5, abstractLine: 8 });
  });

  it("drops MEDLINE's closing period and the brackets of a translated title", () => {
    const read = (ti: string) =>
      parseDump(`PMID- 1\nTI  - ${ti}\nAB  - An abstract.\n`).papers[0]?.title;
    expect(read('[Sparse attention in clinical notes].')).toBe(
      'Sparse attention in clinical notes',
    );
    expect(read('Does attention scale?')).toBe('Does attention scale?');
    expect(read('Memory, et al...')).toBe('Memory, et al...');
  });

  it('says once what it skipped and why, at the lines concerned', () => {
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: PubMed tags not kept (a paper here is its title, abstract, authors, year and DOI): JT, LA, OWN, PT, STAT',
      '20: 1 PubMed record has no abstract (kept with the title alone)',
      '28: PubMed record has no title (TI), skipped',
    ]);
  });

  const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,:;!?()'$^_-]{0,40}[A-Za-z0-9.]$/);
  const name = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
  const record = fc.record({
    title: fc.array(text, { minLength: 1, maxLength: 3 }),
    abstract: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    authors: fc.array(fc.tuple(name, name), { maxLength: 4 }),
    year: fc.integer({ min: 1900, max: 2099 }),
  });

  it('recovers every record, whatever its wrapping (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const wrap = (tag: string, parts: string[]) => [
          `${tag.padEnd(4)}- ${parts[0]}`,
          ...parts.slice(1).map((p) => `      ${p}`),
        ];
        const nbib = records
          .map((r, i) =>
            [
              `PMID- ${1000 + i}`,
              `DP  - ${r.year} Mar`,
              ...wrap('TI', r.title),
              ...(r.abstract ? wrap('AB', r.abstract) : []),
              ...r.authors.map(([first, last]) => `FAU - ${last}, ${first}`),
            ].join('\n'),
          )
          .join('\n\n');
        const { papers } = parseDump(nbib);
        expect(papers.map((p) => [p.title, p.abstract, p.authors ?? [], p.year])).toEqual(
          records.map((r) => [
            r.title
              .join(' ')
              .replace(/\s+/g, ' ')
              .replace(/(?<!\.)\.$/, ''),
            (r.abstract ?? []).join(' ').replace(/\s+/g, ' '),
            r.authors.map(([first, last]) => `${first} ${last}`),
            r.year,
          ]),
        );
      }),
    );
  });

  it('reads any text inside a record without throwing anything but DumpError (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        try {
          parseDump(`PMID- 1\nTI  - T\n${tail}\n\nPMID- 2\nTI  - U\n`);
        } catch (e) {
          expect(e).toBeInstanceOf(DumpError);
        }
      }),
    );
  });
});
