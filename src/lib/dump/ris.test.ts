import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRis } from './ris';
import { DumpError, parseDump } from './parse-dump';

const fixture = (name: string) => readFileSync(`tests/fixtures/dumps/${name}`, 'utf8');

describe('isRis', () => {
  it('takes a file whose first line opens a record', () => {
    expect(isRis(['', '\uFEFFTY  - JOUR', 'TI  - A'])).toBe(true);
    expect(isRis(['TY - JOUR'])).toBe(true);
  });
  it('leaves text that only mentions a record', () => {
    expect(isRis(['Title', 'TY  - JOUR'])).toBe(false);
    expect(isRis(['TY  -'])).toBe(false);
    expect(isRis(['TYPE - a title'])).toBe(false);
  });
});

describe('parseDump on an RIS file', () => {
  const { papers, warnings } = parseDump(fixture('zotero-export.ris'));

  it('reads each record with a title: abstract, wrapped lines, authors, year and its own ids', () => {
    expect(papers.map((p) => [p.title, p.arxiv, p.doi, p.year])).toEqual([
      ['Longformer: The Long-Document Transformer', '2004.05150', undefined, 2020],
      ['Big Bird: Transformers for Longer Sequences', undefined, '10.5555/3495724.3497174', 2020],
      [
        'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
        '2312.00752',
        undefined,
        2023,
      ],
    ]);
    expect(papers[1]?.abstract).toBe(
      'We propose BigBird, a sparse attention mechanism that reduces the quadratic dependency of full attention to linear.',
    );
    expect(papers.map((p) => p.authors)).toEqual([
      ['Iz Beltagy', 'Matthew E. Peters', 'Arman Cohan'],
      ['Manzil Zaheer', 'Bernhard Schölkopf'],
      ['Albert Gu', 'Tri Dao'],
    ]);
    expect(papers[0]).toMatchObject({ titleLine: 2, abstractLine: 6 });
  });

  it('says once what it skipped and why, at the lines concerned', () => {
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: RIS tags not kept (a paper here is its title, abstract, authors, year and ids): KW, SN, T2',
      '25: RIS record has no title (TI), skipped',
      '31: RIS record not closed by ER at the end of the file, read as it stands',
      '31: 1 RIS record has no abstract (kept with the title alone)',
    ]);
  });

  it('says clearly when no record has a title', () => {
    expect(() => parseDump('TY  - JOUR\nAB  - An abstract.\nER  - \n')).toThrow(
      'no paper found: no RIS record with a title (TI)',
    );
  });

  const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,:;!?()'$^_-]{0,40}[A-Za-z0-9.]$/);
  const name = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
  const record = fc.record({
    title: text,
    abstract: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    authors: fc.array(fc.tuple(name, name), { maxLength: 4 }),
    year: fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: undefined }),
    extra: fc.subarray(['KW  - long context', 'JO  - A Journal', 'SN  - 1234-5678', 'N1  - x']),
    crlf: fc.boolean(),
  });

  it('recovers every record, whatever its tag order, wrapping and line ends (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const ris = records
          .map((r) => {
            const lines = [
              'TY  - JOUR',
              ...r.extra,
              ...r.authors.map(([first, last]) => `AU  - ${last}, ${first}`),
              `TI  - ${r.title}`,
              ...(r.abstract ? [`AB  - ${r.abstract[0]}`, ...r.abstract.slice(1)] : []),
              ...(r.year === undefined ? [] : [`PY  - ${r.year}`]),
              'ER  - ',
            ];
            return lines.join(r.crlf ? '\r\n' : '\n');
          })
          .join('\n\n');
        const { papers } = parseDump(ris);
        expect(papers.map((p) => [p.title, p.abstract, p.authors ?? [], p.year])).toEqual(
          records.map((r) => [
            r.title.replace(/\s+/g, ' '),
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
          parseDump(`TY  - JOUR\nTI  - T\n${tail}\nER  - \nTY  - GEN\nTI  - U\nER  -`);
        } catch (e) {
          expect(e).toBeInstanceOf(DumpError);
        }
      }),
    );
  });
});
