/** Papers for the export tests: one plain, one full of characters every format must escape. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseDump } from '../lib/dump/parse-dump';
import type { Paper } from '../lib/types';

export function makePaper(over: Partial<Paper> = {}): Paper {
  return {
    slug: 'longformer-the-long-document-transformer',
    index: 0,
    title: 'Longformer: The Long-Document Transformer',
    name: 'Longformer',
    abstract: 'Transformer-based models are unable to process long sequences.',
    links: [{ url: 'https://github.com/allenai/longformer', kind: 'code' }],
    tags: {
      technique: [{ id: 'sparse-attention', evidence: ['sliding window'] }],
      modality: [{ id: 'text', evidence: [] }],
      contribution: { id: 'method', evidence: [] },
    },
    claims: [
      {
        kind: 'context',
        value: 4096,
        unit: 'tokens',
        text: '4,096 tokens',
        sentence: 'It reads 4,096 tokens.',
      },
    ],
    related: [{ slug: 'big-bird', shared: ['sparse', 'attention'] }],
    ...over,
  };
}

export const TRICKY = makePaper({
  slug: 'tricky',
  index: 1,
  title:
    'A "quoted", comma\nnewline title with *stars*, _under_, [brackets] & 100% $x_1$ #1 {braces} \\ back~',
  name: undefined,
  tags: { technique: [], modality: [], contribution: { id: 'survey', evidence: [] } },
  claims: [],
  links: [],
  related: [],
});

const printable = fc.stringMatching(
  /^[A-Za-z0-9][A-Za-z0-9 .:;!?()'"$%&{}\\_^~é€-]{0,40}[A-Za-z0-9.]$/,
);

/**
 * What an export writes and a dump reads back (titles, abstracts, arXiv ids, authors, years) for
 * one to five papers, titles unique but for case: a reader keeps one of two alike.
 */
export const readBackPapers = fc.uniqueArray(
  fc.record({
    title: printable,
    abstract: fc.option(printable, { nil: '' }),
    arxiv: fc.option(fc.constantFrom('2004.05150', '2312.00752', 'cs/0112017'), { nil: undefined }),
    authors: fc.option(
      fc.array(fc.stringMatching(/^[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6}){1,2}$/), {
        minLength: 1,
        maxLength: 4,
      }),
      { nil: undefined },
    ),
    year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 5, selector: (p) => p.title.toLowerCase() },
);

type ReadBack = typeof readBackPapers extends fc.Arbitrary<(infer P)[]> ? P : never;

/**
 * Asserts that the papers `write` exports read back as a dump with the same titles, abstracts,
 * arXiv ids, authors and years (`yearOf`: the year a format writes, which may come from the id).
 */
export function expectReadBack(
  given: ReadBack[],
  write: (papers: Paper[]) => string,
  yearOf: (p: ReadBack) => number | undefined = (p) => p.year,
): void {
  const papers = given.map((p, i) => makePaper({ ...p, slug: `p${i}`, index: i }));
  const read = parseDump(write(papers)).papers;
  expect(read.map((p) => [p.title, p.abstract, p.arxiv, p.authors, p.year])).toEqual(
    given.map((p) => [
      p.title.replace(/\s+/g, ' '),
      p.abstract.replace(/\s+/g, ' '),
      p.arxiv,
      p.authors,
      yearOf(p),
    ]),
  );
}
