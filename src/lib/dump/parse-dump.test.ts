import { describe, expect, it } from 'vitest';
import { DumpError, parseDump } from './parse-dump';

const ABSTRACT_A =
  'We propose Alpha, a model for long sequences. It scales linearly with length. Experiments show gains on several benchmarks.';
const ABSTRACT_B =
  'We study Beta in depth. Beta is a simple baseline. It works well on long documents and code.';
const ABSTRACT_C =
  'Gamma compresses the KV cache. It keeps accuracy at 128K tokens. Code is available online.';
const CHROME =
  'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n';

const messages = (text: string): string[] =>
  parseDump(text).warnings.map((w) => `${w.line}: ${w.message}`);
const errorOf = (text: string): string => {
  try {
    parseDump(text);
  } catch (e) {
    expect(e).toBeInstanceOf(DumpError);
    return (e as Error).message;
  }
  throw new Error('expected a DumpError');
};

describe('parseDump: unusable input', () => {
  it('rejects empty and blank dumps', () => {
    expect(errorOf('')).toBe('the dump is empty');
    expect(errorOf(' \n\r\n\t \n')).toBe('the dump is empty');
    expect(errorOf('\uFEFF')).toBe('the dump is empty');
  });
  it('rejects binary input', () => {
    expect(errorOf('\x89PNG\r\n\x1a\n\0\0\0\rIHDR')).toMatch(/not text/);
    expect(errorOf('\uFFFD\uFFFD\uFFFD\x01\x02 abc \uFFFD\uFFFD')).toMatch(/not text/);
  });
  it('rejects an HTML page', () => {
    expect(errorOf('<!DOCTYPE html>\n<html><body>Papers</body></html>')).toMatch(/HTML page/);
  });
  it('rejects text with no paper in it', () => {
    expect(errorOf(CHROME)).toMatch(/^no paper found/);
    expect(errorOf(`${ABSTRACT_A} ${ABSTRACT_B} ${ABSTRACT_C}`.repeat(3))).toMatch(
      /^no paper found/,
    );
  });
  it('messages are one line', () => {
    for (const text of ['', '\0\0\0', CHROME]) expect(errorOf(text)).not.toMatch(/\n/);
  });
  it('rejects a non-string with a DumpError', () => {
    expect(() => parseDump(42 as unknown as string)).toThrow(DumpError);
  });
});

describe('parseDump: the listing format', () => {
  it('skips the page chrome and the "Subscribe" glued to the first title', () => {
    const { papers, warnings } = parseDump(
      `${CHROME}SubscribeAlpha: Long Models\n${ABSTRACT_A}\nBeta Baselines\n${ABSTRACT_B}\n`,
    );
    expect(papers).toEqual([
      { title: 'Alpha: Long Models', abstract: ABSTRACT_A, titleLine: 3, abstractLine: 4 },
      { title: 'Beta Baselines', abstract: ABSTRACT_B, titleLine: 5, abstractLine: 6 },
    ]);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 3]);
  });
  it('reads CRLF, a BOM and trailing whitespace like the clean dump, and says so', () => {
    const clean = `Alpha: Long Models\n${ABSTRACT_A}\n`;
    const messy = `\uFEFF  Alpha: Long Models \t\r\n${ABSTRACT_A}   \r\n\r\n`;
    expect(parseDump(messy).papers).toEqual(parseDump(clean).papers);
    expect(messages(messy)).toEqual([
      '1: byte-order mark removed',
      '1: Windows (CRLF) or old Mac (CR) line endings converted',
    ]);
  });
  it('keeps a title with no abstract, in the middle and at the end', () => {
    const { papers, warnings } = parseDump(
      `Alpha: Long Models\nLonely Title\n${ABSTRACT_A}\nLast Title\n`,
    );
    expect(papers.map((p) => [p.title, p.abstract, p.titleLine, p.abstractLine])).toEqual([
      ['Alpha: Long Models', '', 1, undefined],
      ['Lonely Title', ABSTRACT_A, 2, 3],
      ['Last Title', '', 4, undefined],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([1, 4]);
    expect(warnings[0]?.message).toMatch(/no abstract/);
  });
  it('merges an exact duplicate and reports both places', () => {
    const text = `Alpha\n${ABSTRACT_A}\nBeta\n${ABSTRACT_B}\nAlpha\n${ABSTRACT_A}\n`;
    const { papers } = parseDump(text);
    expect(papers.map((p) => p.title)).toEqual(['Alpha', 'Beta']);
    expect(messages(text)).toEqual(['5: duplicate of the paper at lines 1 and 2; kept once']);
  });
  it('keeps both papers when a title repeats with another abstract', () => {
    const text = `Alpha\n${ABSTRACT_A}\nAlpha\n${ABSTRACT_C}\n`;
    expect(parseDump(text).papers.map((p) => p.abstract)).toEqual([ABSTRACT_A, ABSTRACT_C]);
    expect(messages(text)).toEqual([
      '3: same title as the paper at line 1, different abstract; kept both',
    ]);
  });
  it('finds the twin of a title repeated with several abstracts, and of a title-only copy', () => {
    const text = `Alpha\n${ABSTRACT_A}\nAlpha\n${ABSTRACT_C}\nAlpha\n${ABSTRACT_C}\nAlpha\n`;
    expect(parseDump(text).papers.map((p) => p.abstract)).toEqual([ABSTRACT_A, ABSTRACT_C]);
    expect(messages(text)).toEqual([
      '3: same title as the paper at line 1, different abstract; kept both',
      '5: duplicate of the paper at lines 3 and 4; kept once',
      '7: title has no abstract (kept without one): "Alpha"',
      '7: duplicate of the paper at lines 1 and 2; kept once',
    ]);
  });
  it('completes a title-only entry from a later copy with its abstract', () => {
    const { papers, warnings } = parseDump(`Alpha\nBeta\n${ABSTRACT_B}\nAlpha\n${ABSTRACT_A}\n`);
    expect(papers.map((p) => [p.title, p.abstract])).toEqual([
      ['Alpha', ABSTRACT_A],
      ['Beta', ABSTRACT_B],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([1, 4]);
  });
  it('skips stray lines and joins an abstract split over two lines', () => {
    const text = `Alpha\n42\n${ABSTRACT_A}\n•••\nIt also runs on phones. And it is cheap.\nBeta\n${ABSTRACT_B}\n`;
    const { papers } = parseDump(text);
    expect(papers[0]?.abstract).toBe(`${ABSTRACT_A} It also runs on phones. And it is cheap.`);
    expect(papers[1]?.title).toBe('Beta');
    expect(messages(text)).toEqual([
      '2: skipped stray line: "42"',
      '4: skipped stray line: "•••"',
      '5: text after the abstract of line 3 with no title; joined to that abstract',
    ]);
  });
  it('reports an abstract with no title before it', () => {
    const text = `${ABSTRACT_C}\nAlpha\n${ABSTRACT_A}\n`;
    expect(parseDump(text).papers.map((p) => p.title)).toEqual(['Alpha']);
    expect(messages(text)[0]).toMatch(
      /^1: text with no title before it, skipped: "Gamma compresses/,
    );
  });
  it('keeps titles in other scripts and with emoji', () => {
    const titles = [
      '长上下文语言模型的高效注意力',
      'Длинный контекст: эффективное внимание',
      '🚀 RocketAttention: Fast 🚀',
      'نماذج السياق الطويل',
    ];
    const text = titles
      .map((t, i) => `${t}\n${[ABSTRACT_A, ABSTRACT_B, ABSTRACT_C, ABSTRACT_A][i]}`)
      .join('\n');
    expect(parseDump(text).papers.map((p) => p.title)).toEqual(titles);
  });
  it('reads a listing page with paper cards: dates, counts and the names under each title', () => {
    const text = [
      'Daily Papers',
      'by AK and the research community',
      'Submitted by akhaliq',
      'Jan 5',
      '42',
      'Ring Attention with Blockwise Transformers for Near-Infinite Context',
      'Hao Liu, Matei Zaharia, Pieter Abbeel',
      ABSTRACT_A,
      '· 3 authors',
      'Published on Oct 3, 2023',
      // Names of things under a title with no abstract after them: a title, not authors.
      'Sparse Attention, Linear Attention',
      'Beta',
      ABSTRACT_B,
    ].join('\n');
    const { papers } = parseDump(text);
    expect(papers.map((p) => [p.title, p.authors])).toEqual([
      [
        'Ring Attention with Blockwise Transformers for Near-Infinite Context',
        ['Hao Liu', 'Matei Zaharia', 'Pieter Abbeel'],
      ],
      ['Sparse Attention, Linear Attention', undefined],
      ['Beta', undefined],
    ]);
  });
  it("reads the ACL Anthology's page: link rows are page text, names between bars are authors", () => {
    const text = [
      'Proceedings of the 62nd Annual Meeting (Volume 1: Long Papers)',
      'Lun-Wei Ku | Andre Martins | Vivek Srikumar',
      'pdf bib',
      'pdf bib abs',
      'Quantized Side Tuning: Fast and Memory-Efficient Tuning of Quantized Large Language Models',
      'Zhengxin Zhang | Dan Zhao | Xupeng Miao',
      ABSTRACT_A,
    ].join('\n');
    const { papers, warnings } = parseDump(text);
    expect(papers.map((p) => [p.title, p.authors, p.abstract])).toEqual([
      [
        'Proceedings of the 62nd Annual Meeting (Volume 1: Long Papers)',
        ['Lun-Wei Ku', 'Andre Martins', 'Vivek Srikumar'],
        '',
      ],
      [
        'Quantized Side Tuning: Fast and Memory-Efficient Tuning of Quantized Large Language Models',
        ['Zhengxin Zhang', 'Dan Zhao', 'Xupeng Miao'],
        ABSTRACT_A,
      ],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([1, 3, 4]);
  });
  it('reads an OpenReview page: links, venue and labelled lines are page text, Abstract: and TL;DR: the abstract', () => {
    const text = [
      'ICLR 2024 Conference',
      'Alpha: Sparse Attention for Long Documents',
      'Download PDF',
      'Iz Beltagy, Matthew E Peters, Arman Cohan',
      'Published: 16 Jan 2024, Last Modified: 15 Mar 2024',
      'ICLR 2024 oral',
      'Readers:  Everyone',
      'Hide details',
      'Keywords: long context, sparse attention',
      'TL;DR: A sparse pattern reads long documents.',
      `Abstract: ${ABSTRACT_A}`,
      'Primary Area: representation learning',
      'Submission Number: 1234',
      // Collapsed: no abstract, its TL;DR stands for it.
      'Beta: Ring Attention',
      'Download PDF',
      'Hao Liu, Matei Zaharia, Pieter Abbeel',
      'Published: 16 Jan 2023, Last Modified: 15 Mar 2024',
      'TL;DR: Blockwise attention across devices.',
      // Collapsed, nothing but the byline.
      'Gamma: Long Convolutions',
      'Download PDF',
      'Tri Dao, Dan Fu',
      'Published: 16 Jan 2024, Last Modified: 15 Mar 2024',
      'Show details',
    ].join('\n');
    const { papers, warnings } = parseDump(text);
    expect(papers.map((p) => [p.title, p.abstract, p.authors, p.year])).toEqual([
      [
        'Alpha: Sparse Attention for Long Documents',
        ABSTRACT_A,
        ['Iz Beltagy', 'Matthew E Peters', 'Arman Cohan'],
        2024,
      ],
      [
        'Beta: Ring Attention',
        'Blockwise attention across devices.',
        ['Hao Liu', 'Matei Zaharia', 'Pieter Abbeel'],
        2023,
      ],
      ['Gamma: Long Convolutions', '', ['Tri Dao', 'Dan Fu'], 2024],
    ]);
    expect(warnings.map((w) => w.message)).toContain(
      'skipped 4 labelled lines of page text (keywords, venue, dates and the like)',
    );
    // Page text under every card is said once.
    expect(warnings.filter((w) => w.message.includes('Download PDF'))).toEqual([
      { line: 3, message: 'skipped page text: "Download PDF" (and 2 more times)' },
    ]);
  });
  it('reads "Last, First, Last, First" under a title as its authors', () => {
    const text = [
      'Longformer: The Long-Document Transformer',
      'Beltagy, Iz, Peters, Matthew E., Cohan, Arman',
      ABSTRACT_A,
    ].join('\n');
    const { papers, warnings } = parseDump(text);
    expect(papers.map((p) => [p.title, p.authors])).toEqual([
      [
        'Longformer: The Long-Document Transformer',
        ['Iz Beltagy', 'Matthew E. Peters', 'Arman Cohan'],
      ],
    ]);
    expect(warnings).toEqual([]);
  });
  it('reads a Google Scholar results page: marks, byline (authors, year, arXiv id) and snippet', () => {
    const text = [
      '[PDF] arxiv.org',
      'Longformer: The long-document transformer',
      'I Beltagy, ME Peters, A Cohan - arXiv preprint arXiv:2004.05150, 2020 - arxiv.org',
      `${ABSTRACT_A} …`,
      'Save Cite Cited by 5123 Related articles All 12 versions',
      '[CITATION][C] Big bird: Transformers for longer sequences',
      'M Zaheer, G Guruganesh, KA Dubey… - Advances in neural …, 2020 - proceedings.neurips.cc',
      ABSTRACT_B,
      'Cited by 3000',
    ].join('\n');
    const { papers, warnings } = parseDump(text);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.arxiv])).toEqual([
      [
        'Longformer: The long-document transformer',
        ['I Beltagy', 'ME Peters', 'A Cohan'],
        2020,
        '2004.05150',
      ],
      [
        'Big bird: Transformers for longer sequences',
        ['M Zaheer', 'G Guruganesh', 'KA Dubey'],
        2020,
        undefined,
      ],
    ]);
    expect(papers[0]?.abstract).toBe(`${ABSTRACT_A} …`);
    expect(warnings.map((w) => w.line)).toEqual([1, 5, 6, 9]);
  });
  it('treats a short, sentence-like line after a title as its abstract', () => {
    expect(parseDump('Alpha\nWe propose Alpha.\n').papers[0]?.abstract).toBe('We propose Alpha.');
  });
});

describe('parseDump: scale', () => {
  it('parses a 5 MB abstract line', () => {
    const huge = 'Long abstracts are long. '.repeat(210_000);
    const { papers, warnings } = parseDump(`Alpha\n${huge}\nBeta\n${ABSTRACT_B}\n`);
    expect(papers.map((p) => p.title)).toEqual(['Alpha', 'Beta']);
    expect(papers[0]?.abstract.length).toBe(huge.trim().length);
    expect(warnings.map((w) => w.message)).toEqual(['very long abstract (5,249,999 characters)']);
  });
  it('parses 100,000 papers (~150 MB)', () => {
    const abstract = `${ABSTRACT_A} ${ABSTRACT_B} ${ABSTRACT_C} `.repeat(5).trim(); // ~1,500 characters
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++)
      lines.push(`Paper ${i}: A Model for Long Sequences`, abstract);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(150_000_000);
    const { papers } = parseDump(text);
    expect(papers.length).toBe(100_000);
  }, 60_000);
});
