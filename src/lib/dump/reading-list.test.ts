import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isReadingList, readItem } from './reading-list';
import { parseDump } from './parse-dump';

const ABSTRACT =
  'We present a transformer whose attention scales linearly with length. It reads documents of 16K tokens. Code is available.';

describe('readItem', () => {
  it('takes the id a link or a reference names out of the title', () => {
    expect(
      readItem('Longformer: The Long-Document Transformer (https://arxiv.org/abs/2004.05150)'),
    ).toEqual({
      title: 'Longformer: The Long-Document Transformer',
      arxiv: '2004.05150',
    });
    expect(readItem('Big Bird: Transformers for Longer Sequences — arXiv:2007.14062v2')).toEqual({
      title: 'Big Bird: Transformers for Longer Sequences',
      arxiv: '2007.14062',
    });
    expect(readItem('[Ring Attention](https://arxiv.org/pdf/2310.01889)')).toEqual({
      title: 'Ring Attention',
      arxiv: '2310.01889',
    });
    expect(readItem('**Hyena Hierarchy** https://doi.org/10.1000/xyz.1')).toEqual({
      title: 'Hyena Hierarchy',
      doi: '10.1000/xyz.1',
    });
  });
  it('takes the year, and names given in full, that a list writes after a title', () => {
    expect(
      readItem('[Longformer](https://arxiv.org/abs/2004.05150) — Beltagy et al., 2020'),
    ).toEqual({ title: 'Longformer', arxiv: '2004.05150', year: 2020 });
    expect(
      readItem('**Mamba** — Albert Gu and Tri Dao, 2023. https://arxiv.org/abs/2312.00752'),
    ).toEqual({
      title: 'Mamba',
      arxiv: '2312.00752',
      authors: ['Albert Gu', 'Tri Dao'],
      year: 2023,
    });
    expect(
      readItem('Big Bird: Transformers for Longer Sequences (Zaheer et al., NeurIPS 2020)'),
    ).toEqual({ title: 'Big Bird: Transformers for Longer Sequences', year: 2020 });
    // An awesome list's item: the title's emphasis and full stop, names, venue and code link.
    expect(
      readItem(
        '[**Mamba.**](https://arxiv.org/abs/2312.00752) *Albert Gu, Tri Dao.* Arxiv 2023. [[GitHub](https://github.com/state-spaces/mamba)]',
      ),
    ).toEqual({
      title: 'Mamba',
      arxiv: '2312.00752',
      authors: ['Albert Gu', 'Tri Dao'],
      year: 2023,
      links: [{ url: 'https://github.com/state-spaces/mamba', label: 'GitHub' }],
    });
    // Brackets without a year are the title's own.
    expect(readItem('Structured State Spaces (S4)')).toEqual({
      title: 'Structured State Spaces (S4)',
    });
    expect(readItem('Hyena — a long convolution')).toEqual({ title: 'Hyena — a long convolution' });
  });
  it('leaves a link that names no paper in the title, and a title without one as it is', () => {
    expect(readItem('Mamba explained https://example.org/blog')).toEqual({
      title: 'Mamba explained https://example.org/blog',
    });
    expect(readItem('Attention Is All You Need')).toEqual({ title: 'Attention Is All You Need' });
  });
});

describe('parseDump on a reading list', () => {
  it('reads each item as a paper, with the abstract the list gives below it', () => {
    const dump = [
      'Reading group: long context, spring term',
      '1. Longformer: The Long-Document Transformer (https://arxiv.org/abs/2004.05150)',
      `   ${ABSTRACT}`,
      '2) Big Bird: Transformers for Longer Sequences — arXiv:2007.14062',
      '- [Efficiently Modeling Long Sequences with Structured State Spaces](https://arxiv.org/abs/2111.00396)',
      '* Ring Attention with Blockwise Transformers for Near-Infinite Context',
    ].join('\n');
    const { papers, warnings } = parseDump(dump);
    expect(papers.map((p) => [p.title, p.arxiv, p.abstract === ABSTRACT])).toEqual([
      ['Longformer: The Long-Document Transformer', '2004.05150', true],
      ['Big Bird: Transformers for Longer Sequences', '2007.14062', false],
      ['Efficiently Modeling Long Sequences with Structured State Spaces', '2111.00396', false],
      ['Ring Attention with Blockwise Transformers for Near-Infinite Context', undefined, false],
    ]);
    expect(papers[0]).toMatchObject({ titleLine: 2, abstractLine: 3 });
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: skipped page text: "Reading group: long context, spring term"',
      "1: 3 of the list's papers have no abstract: their tags, topics and claims come from their titles alone",
    ]);
  });

  it('reads a publication list: authors and venue lines below an item, its link among them', () => {
    const dump = [
      'Publications',
      '2024',
      '- *Sparse Recovery by Second-Order Information*',
      'Ada Lovelace, Alan Turing',
      'Preprint [https://arxiv.org/abs/2408.17163 (Link)]',
      '2023',
      '- *Mean-field Analysis of Heavy Ball Methods*',
      'Grace Hopper',
      'TMLR 2023 [https://openreview.net/forum?id=abc (Link)]',
    ].join('\n');
    const { papers, warnings } = parseDump(dump);
    expect(papers.map((p) => [p.title, p.arxiv, p.abstract])).toEqual([
      ['Sparse Recovery by Second-Order Information', '2408.17163', ''],
      ['Mean-field Analysis of Heavy Ball Methods', undefined, ''],
    ]);
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: skipped page text: "Publications"',
      "1: 2 of the list's papers have no abstract: their tags, topics and claims come from their titles alone",
      '2: skipped page text: "2024"',
      "4: skipped 5 short lines under the list's items (authors, venues, links)",
    ]);
  });

  it('leaves listings of titles and abstracts to their own reader', () => {
    for (const name of ['dev-dumps/mixed-ai.txt', 'dumps/paper-ids.txt', 'dumps/arxiv-list.txt']) {
      const text = readFileSync(
        new URL(`../../../tests/fixtures/${name}`, import.meta.url),
        'utf8',
      );
      expect(isReadingList(text.split('\n'))).toBe(false);
    }
    // Abstracts that enumerate ("1) we …") are no list of papers.
    expect(isReadingList([`Title A`, `1) ${ABSTRACT}`, 'Title B', `2) ${ABSTRACT}`])).toBe(false);
  });

  it('recovers every item, whatever its marker and reference (property)', () => {
    const item = fc.record({
      words: fc.array(fc.constantFrom('Long', 'Sparse', 'Video', 'Memory', 'Graphs', 'Mamba'), {
        minLength: 2,
        maxLength: 7,
      }),
      marker: fc.constantFrom('1.', '12)', '(3)', '-', '*', '•', '+'),
      id: fc.option(fc.integer({ min: 10_000, max: 99_999 }), { nil: undefined }),
      style: fc.constantFrom('paren', 'dash', 'bare', 'markdown', 'arxiv'),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 8 }), (items) => {
        const lines = items.map(({ words, marker, id, style }, i) => {
          const title = `${words.join(' ')} ${i}`;
          if (id === undefined) return `${marker} ${title}`;
          const url = `https://arxiv.org/abs/2403.${id}`;
          if (style === 'markdown') return `${marker} [${title}](${url})`;
          if (style === 'arxiv') return `${marker} ${title} arXiv:2403.${id}`;
          return `${marker} ${title}${style === 'paren' ? ` (${url})` : style === 'dash' ? ` — ${url}` : ` ${url}`}`;
        });
        const papers = parseDump(lines.join('\n')).papers;
        expect(papers.map((p) => [p.title, p.arxiv])).toEqual(
          items.map(({ words, id }, i) => [
            `${words.join(' ')} ${i}`,
            id === undefined ? undefined : `2403.${id}`,
          ]),
        );
      }),
    );
  });
});
