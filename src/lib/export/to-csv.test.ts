import { describe, expect, it } from 'vitest';
import { TRICKY, makePaper } from '../../testing/export-paper-fixture';
import { csvCell, toCsv } from './to-csv';
import { parseDump } from '../dump/parse-dump';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['', ''],
  ])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('defuses formula %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('writes the header and one CRLF-terminated row per paper', () => {
    expect(toCsv([makePaper()])).toBe(
      'slug,title,name,technique,modality,contribution,claims,links,arxiv,doi,paper_url,pdf_url,topic,authors,year\r\n' +
        'longformer-the-long-document-transformer,Longformer: The Long-Document Transformer,Longformer,' +
        'sparse-attention,text,method,"4,096 tokens",https://github.com/allenai/longformer,,,,,,,\r\n',
    );
  });

  it('quotes commas, quotes and newlines in titles', () => {
    const lines = toCsv([TRICKY]).split('\r\n');
    expect(lines[1]).toBe(
      'tricky,"A ""quoted"", comma\nnewline title with *stars*, _under_, [brackets] & 100% $x_1$ #1 {braces} \\ back~",,,,survey,,,,,,,,,',
    );
  });

  it('joins lists inside one cell', () => {
    const p = makePaper({
      tags: {
        technique: [
          { id: 'sparse-attention', evidence: [] },
          { id: 'kv-cache', evidence: [] },
        ],
        modality: [],
        contribution: { id: 'method', evidence: [] },
      },
      links: [
        { url: 'https://a.example/x', kind: 'code' },
        { url: 'https://b.example/y', kind: 'model' },
      ],
      claims: [],
    });
    expect(toCsv([p]).split('\r\n')[1]).toContain(
      ',sparse-attention; kv-cache,,method,,https://a.example/x https://b.example/y',
    );
  });

  it('carries the arXiv id and DOI with their links', () => {
    const lines = toCsv([makePaper({ arxiv: '2004.05150', doi: '10.1145/1.2' })]).split('\r\n');
    expect(lines[1]).toMatch(
      /,2004\.05150,10\.1145\/1\.2,https:\/\/arxiv\.org\/abs\/2004\.05150,https:\/\/arxiv\.org\/pdf\/2004\.05150,,,$/,
    );
    expect(toCsv([makePaper({ doi: '10.1145/1.2' })]).split('\r\n')[1]).toMatch(
      /,,10\.1145\/1\.2,https:\/\/doi\.org\/10\.1145\/1\.2,,,,$/,
    );
  });

  it('writes the topics, main first, then the authors and year', () => {
    const p = makePaper();
    const topic = [
      { id: 'long-documents', evidence: [] },
      { id: 'encoders', evidence: [] },
    ];
    expect(toCsv([{ ...p, tags: { ...p.tags, topic } }]).split('\r\n')[1]).toMatch(
      /,long-documents; encoders,,$/,
    );
    expect(toCsv([makePaper({ authors: ['Iz Beltagy', 'Arman Cohan'], year: 2020 })])).toMatch(
      /,Iz Beltagy; Arman Cohan,2020\r\n$/,
    );
  });

  it('writes only the header for no papers', () => {
    expect(toCsv([])).toBe(
      'slug,title,name,technique,modality,contribution,claims,links,arxiv,doi,paper_url,pdf_url,topic,authors,year\r\n',
    );
  });

  it('reads back as a dump: titles, authors and years', () => {
    const papers = [
      makePaper({ authors: ['Iz Beltagy', 'Matthew E. Peters'], year: 2020 }),
      makePaper({ slug: 'b', title: 'Mamba, a selective SSM', authors: ['Albert Gu'] }),
      makePaper({ slug: 'c', title: 'No byline' }),
    ];
    const read = parseDump(toCsv(papers)).papers;
    expect(read.map((p) => [p.title, p.authors, p.year])).toEqual(
      papers.map((p) => [p.title, p.authors, p.year]),
    );
  });
});
