import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arxivHead, isArxivListing } from './arxiv-listing';
import { parseDump } from './parse-dump';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url), 'utf8');
const brief = (text: string) =>
  parseDump(text).papers.map(({ title, abstract, arxiv, doi }) => ({
    title,
    abstract,
    arxiv,
    doi,
  }));

describe('arxivHead', () => {
  it('reads the id of a record line in either layout', () => {
    expect(arxivHead('[1]  arXiv:2407.14741 [pdf, other]')).toBe('2407.14741');
    expect(arxivHead('arXiv:2401.01325v2  [pdf, other]  cs.CL cs.AI')).toBe('2401.01325');
    expect(arxivHead('[3]  arXiv:2407.10001 (cross-list from cs.LG) [pdf, html, other]')).toBe(
      '2407.10001',
    );
    expect(arxivHead('2. arXiv:cs/0112017 [pdf] cs.LG doi 10.1000/x')).toBe('cs/0112017');
  });
  it('is not fooled by a title or an abstract that names an id', () => {
    expect(arxivHead('arXiv:2407.14741 shows that sparse attention scales')).toBeUndefined();
    expect(arxivHead('We build on arXiv:2407.14741 [pdf].')).toBeUndefined();
    expect(arxivHead('arXiv:2413.01234 [pdf]')).toBeUndefined(); // no month 13
  });
});

describe('parseDump on arXiv listings', () => {
  it("reads a category's list page: labelled titles, unlabelled abstracts, ids and DOIs", () => {
    const { papers, warnings } = parseDump(fixture('dumps/arxiv-list.txt'));
    expect(papers.map((p) => [p.title, p.arxiv, p.doi])).toEqual([
      ['Sparse Routing for Long Documents', '2407.14741', undefined],
      ['Denoising Long- and Short-term Interests', '2407.14743', '10.1137/1.9781611978032.1'],
      ['A Benchmark for Video Memory', '2407.10001', undefined],
    ]);
    expect(papers[0]?.abstract).toMatch(/^We study routing.*dense attention\.$/);
    expect(papers[1]).toMatchObject({ titleLine: 15, abstractLine: 20 });
    const messages = warnings.map((w) => `${w.line}: ${w.message}`);
    // Page text is named line by line; the metadata of every record in one line.
    expect(messages).toContain('21: skipped page text: "Cross-lists for Tue, 23 Jul 24"');
    expect(messages.filter((m) => m.includes('metadata'))).toEqual([
      expect.stringMatching(
        /^\d+: skipped \d+ arXiv metadata lines \(comments, subjects, dates, numbers\)$/,
      ),
    ]);
    expect(warnings.map((w) => w.line)).toEqual(
      [...warnings.map((w) => w.line)].sort((a, b) => a - b),
    );
  });

  it('reads a search results page: the full abstract replaces the short one, and a short one is named', () => {
    const { papers, warnings } = parseDump(fixture('dumps/arxiv-search.txt'));
    expect(papers.map((p) => [p.title, p.arxiv])).toEqual([
      ['LLM Maybe LongLM: Self-Extend LLM Context Window Without Tuning', '2401.01325'],
      ['Mamba: Linear-Time Sequence Modeling with Selective State Spaces', '2312.00752'],
    ]);
    expect(papers[0]?.abstract).toMatch(/fine-tuning\. The limited .* to 32K tokens\.$/);
    expect(papers[1]?.abstract).toBe(
      'Foundation models now power most applications. We propose selective state spaces that scale to million-length sequences.',
    );
    expect(warnings.map((w) => w.message)).toContain(
      '1 abstract is cut short by the page ("▽ More"), at line 19: expand the abstracts before copying the page to get them whole',
    );
  });

  it('reads a list page without abstracts: page text between records is no abstract', () => {
    const dump = [
      'Mon, 1 Dec 2025 (showing 2 of 2 entries)',
      '[1]  arXiv:2512.00001 [pdf, other]',
      'Title: Sparse Routing for Long Documents',
      'Authors: Ada Lovelace',
      'Subjects: Computation and Language (cs.CL)',
      'Tue, 2 Dec 2025 (showing 1 of 1 entries)',
      '[2]  arXiv:2512.00002 [pdf, other]',
      'Title: Memory for Long Video',
      'Subjects: Computer Vision (cs.CV)',
    ].join('\n');
    const { papers, warnings } = parseDump(dump);
    expect(papers.map((p) => [p.title, p.abstract, p.arxiv])).toEqual([
      ['Sparse Routing for Long Documents', '', '2512.00001'],
      ['Memory for Long Video', '', '2512.00002'],
    ]);
    expect(papers.map((p) => p.authors)).toEqual([['Ada Lovelace'], undefined]);
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: skipped page text: "Mon, 1 Dec 2025 (showing 2 of 2 entries)"',
      '3: 2 papers have no abstract (kept without one), at lines 3, 8',
      '5: skipped 2 arXiv metadata lines (comments, subjects, dates, numbers)',
      '6: skipped page text: "Tue, 2 Dec 2025 (showing 1 of 1 entries)"',
    ]);
  });

  it('gives the same papers as the Hugging Face layout of the same listing', () => {
    const hf = parseDump(fixture('dev-dumps/mixed-ai.txt')).papers;
    const id = (i: number) => `2512.${String(10_000 + i)}`;
    const list = hf.flatMap((p, i) => [
      `[${i + 1}]  arXiv:${id(i)} [pdf, html, other]`,
      `Title: ${p.title}`,
      'Authors: A. Author, B. Author',
      'Comments: 12 pages, 4 figures',
      'Subjects: Computer Vision and Pattern Recognition (cs.CV)',
      p.abstract,
    ]);
    const search = hf.flatMap((p, i) => [
      `${i + 1}.`,
      `arXiv:${id(i)}  [pdf, other]  cs.CV cs.AI`,
      p.title,
      'Authors: A. Author, B. Author',
      `Abstract: ${p.abstract.slice(0, 120)}… ▽ More`,
      `${p.abstract} △ Less`,
      `Submitted ${(i % 28) + 1} December, 2025; originally announced December 2025.`,
    ]);
    const expected = hf.map((p, i) => ({
      title: p.title,
      abstract: p.abstract,
      arxiv: id(i),
      doi: undefined,
    }));
    expect(brief(['New submissions', ...list].join('\n'))).toEqual(expected);
    expect(brief(['Showing 1–50 of 325 results', ...search, 'Next'].join('\n'))).toEqual(expected);
  });

  it('leaves listings without arXiv records to the title-and-abstract reader', () => {
    for (const name of [
      'dev-dumps/mixed-ai.txt',
      'dev-dumps/generation-topic.txt',
      'dumps/paper-ids.txt',
    ])
      expect(isArxivListing(fixture(name).split('\n'))).toBe(false);
  });

  it('recovers every record, whatever metadata and page text surround it (property)', () => {
    const words = fc.array(fc.constantFrom('long', 'sparse', 'video', 'memory', 'Model', 'Graph'), {
      minLength: 2,
      maxLength: 8,
    });
    const record = fc.record({
      title: words.map((w) => w.join(' ')),
      abstract: fc
        .array(words, { minLength: 2, maxLength: 5 })
        .map((ss) => ss.map((s) => `${s}.`).join(' ')),
      month: fc.integer({ min: 1, max: 12 }),
      searchLayout: fc.boolean(),
      meta: fc.subarray([
        'Authors: X. Y',
        'Comments: 9 pages',
        'Subjects: Robotics (cs.RO)',
        'cs.RO',
        'Journal-ref: J. 1 (2025)',
      ]),
      chrome: fc.constantFrom('', 'Replacements for Fri, 5 Dec 25', '42', 'Next'),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const lines = records.flatMap((r, i) => {
          const head = `arXiv:25${String(r.month).padStart(2, '0')}.${String(10_000 + i)}`;
          return r.searchLayout
            ? [
                `${head}  [pdf, other]  cs.RO`,
                r.title,
                ...r.meta,
                `Abstract: ${r.abstract}`,
                r.chrome,
              ]
            : [`[${i + 1}]  ${head} [pdf]`, `Title: ${r.title}`, ...r.meta, r.abstract, r.chrome];
        });
        const papers = parseDump(lines.join('\n')).papers;
        const want = records.map((r) => [r.title, r.abstract]);
        // Records with the same title and abstract are one paper (kept once, as in any listing).
        const unique = want.filter((w, i) => want.findIndex((o) => o.join() === w.join()) === i);
        expect(papers.map((p) => [p.title, p.abstract])).toEqual(unique);
      }),
    );
  });
});
