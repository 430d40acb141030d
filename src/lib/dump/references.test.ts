import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isReferenceList, parseReference } from './references';
import { parseDump } from './parse-dump';

const MAMBA = 'Mamba: Linear-time sequence modeling with selective state spaces';

describe('parseReference', () => {
  it('reads each common citation style', () => {
    const gu = { title: MAMBA, year: 2023, arxiv: '2312.00752' };
    const styles = {
      apa: `Gu, A., & Dao, T. (2023). ${MAMBA}. arXiv preprint arXiv:2312.00752.`,
      acl: `Albert Gu and Tri Dao. 2023. ${MAMBA}. arXiv preprint arXiv:2312.00752.`,
      ieee: `A. Gu and T. Dao, "${MAMBA}," arXiv preprint arXiv:2312.00752, 2023.`,
      mla: `Gu, Albert, and Tri Dao. “${MAMBA}.” arXiv preprint arXiv:2312.00752 (2023).`,
      harvard: `Gu, A. and Dao, T. (2023) '${MAMBA}', arXiv preprint arXiv:2312.00752.`,
      natbib: `Albert Gu and Tri Dao. ${MAMBA}. arXiv preprint arXiv:2312.00752, 2023.`,
      lncs: `Gu, A., Dao, T.: ${MAMBA}. arXiv preprint arXiv:2312.00752 (2023)`,
      lncsEtAl: `Gu, A., et al.: ${MAMBA}. In: arXiv preprint arXiv:2312.00752 (2023)`,
      dblp: `Albert Gu, Tri Dao: ${MAMBA}. CoRR abs/2312.00752 (2023)`,
    };
    for (const [style, text] of Object.entries(styles))
      expect([style, parseReference(text)]).toEqual([
        style,
        { ...gu, authors: expect.arrayContaining([expect.stringMatching(/Gu$/)]) },
      ]);
    expect(parseReference(styles.apa)?.authors).toEqual(['A. Gu', 'T. Dao']);
    expect(parseReference(styles.mla)?.authors).toEqual(['Albert Gu', 'Tri Dao']);
  });

  it('keeps a question in the title, a DOI as the id, and a date beside the year', () => {
    expect(
      parseReference(
        'Smith, J. (2021, June 3). Do transformers need attention? Nature, 12, 1–9. https://doi.org/10.1038/s41586-021-1',
      ),
    ).toEqual({
      title: 'Do transformers need attention?',
      authors: ['J. Smith'],
      year: 2021,
      doi: '10.1038/s41586-021-1',
    });
  });

  it('reads no reference in titles, abstracts and venue lines', () => {
    for (const text of [
      'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      'We present Mamba (2023). It scales linearly. Results show gains on 1M tokens.',
      'In Advances in Neural Information Processing Systems, volume 33, pages 1–10, 2020.',
      'Large Language Models. 2023. A survey.',
    ])
      expect(parseReference(text)).toBeUndefined();
  });
});

describe('parseDump on a bibliography', () => {
  it('reads numbered references wrapped over lines, as copied from a PDF', () => {
    const dump = [
      'References',
      '',
      '[1] Iz Beltagy, Matthew E. Peters, and Arman Cohan. Longformer: The long-document transformer.',
      'arXiv preprint arXiv:2004.05150, 2020.',
      '[2] Tri Dao, Daniel Y. Fu, and Christopher Ré. FlashAttention: Fast and',
      'memory-efficient exact attention with IO-awareness. In Advances in Neural Information Processing',
      'Systems, 2022.',
    ].join('\n');
    const { papers, warnings } = parseDump(dump);
    expect(papers.map((p) => [p.title, p.authors?.length, p.year, p.arxiv, p.titleLine])).toEqual([
      ['Longformer: The long-document transformer', 3, 2020, '2004.05150', 3],
      [
        'FlashAttention: Fast and memory-efficient exact attention with IO-awareness',
        3,
        2022,
        undefined,
        5,
      ],
    ]);
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: skipped text that reads as no reference: "References"',
      '1: the list gives no abstracts: the tags, topics and claims of its 2 papers come from their titles alone',
    ]);
  });

  it('reads unnumbered references wrapped mid-sentence, and leaves a heading out', () => {
    const dump = [
      'Reading group, spring term',
      'Beltagy, I., Peters, M. E., & Cohan, A. (2020). Longformer: The long-document',
      'transformer. arXiv preprint arXiv:2004.05150.',
      'Gu, A., & Dao, T. (2023). Mamba: Linear-time sequence modeling with selective state spaces.',
      'Week 2',
      'Graves, A. (2013). Generating sequences with recurrent neural networks. arXiv preprint',
      'arXiv:1308.0850.',
    ].join('\n');
    const { papers, warnings } = parseDump(dump);
    expect(papers.map((p) => [p.title, p.arxiv, p.titleLine])).toEqual([
      ['Longformer: The long-document transformer', '2004.05150', 2],
      [MAMBA, undefined, 4],
      ['Generating sequences with recurrent neural networks', '1308.0850', 6],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([1, 1, 5]);
  });

  it("reads a dblp page: a record's key, its authors line and its title line", () => {
    const dump = [
      'Tri Dao',
      '2024',
      '[i4]',
      'Tri Dao, Albert Gu:',
      'Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality. CoRR abs/2405.21060 (2024)',
      '2022',
      '[c1]',
      'Tri Dao, Daniel Y. Fu, Stefano Ermon, Atri Rudra, Christopher Ré:',
      'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness. NeurIPS 2022',
    ].join('\n');
    const { papers, warnings } = parseDump(dump);
    expect(papers.map((p) => [p.title.slice(0, 20), p.authors?.length, p.year, p.arxiv])).toEqual([
      ['Transformers are SSM', 2, 2024, '2405.21060'],
      ['FlashAttention: Fast', 5, 2022, undefined],
    ]);
    // The year headings are said, not joined to the reference before them.
    expect(warnings.map((w) => w.line)).toEqual([1, 1, 2, 6]);
  });

  it('leaves listings of titles and abstracts, and reading lists, to their readers', () => {
    for (const name of [
      'dev-dumps/mixed-ai.txt',
      'dev-dumps/generation-topic.txt',
      'dumps/paper-ids.txt',
      'dumps/arxiv-list.txt',
      'dumps/arxiv-search.txt',
      'dumps/other-field.txt',
    ]) {
      const text = readFileSync(
        new URL(`../../../tests/fixtures/${name}`, import.meta.url),
        'utf8',
      );
      expect([name, isReferenceList(text.split('\n'))]).toEqual([name, false]);
    }
    expect(
      isReferenceList(['1. Longformer (https://arxiv.org/abs/2004.05150)', '2. Big Bird']),
    ).toBe(false);
  });

  it('recovers the title, authors and year of any reference, in any style (property)', () => {
    const name = fc.record({
      first: fc.constantFrom('Albert', 'Tri', 'Noah', 'Ada', 'Jean-Luc', 'Łukasz', 'Iz'),
      middle: fc.constantFrom('', 'A. ', 'E. '),
      last: fc.constantFrom('Gu', 'Dao', 'Smith', 'Lovelace', 'Picard', 'Kaiser', 'Beltagy'),
    });
    const ref = fc.record({
      names: fc.array(name, { minLength: 1, maxLength: 6 }),
      words: fc.array(
        fc.constantFrom('sparse', 'attention', 'for', 'long', 'Video', 'memory', 'state-space'),
        { minLength: 2, maxLength: 8 },
      ),
      year: fc.integer({ min: 1950, max: 2026 }),
      style: fc.constantFrom('apa', 'acl', 'ieee', 'natbib'),
    });
    const join = (names: string[], last: string) =>
      names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')}${last}${names.at(-1)}`;
    fc.assert(
      fc.property(
        fc.array(ref, { minLength: 2, maxLength: 5 }),
        fc.constantFrom('', '[1] ', '- '),
        (refs, marker) => {
          const lines = refs.map(({ names, words, year, style }, i) => {
            const title = `Model ${i}: ${words.join(' ')}`;
            const full = names.map((n) => `${n.first} ${n.middle}${n.last}`);
            const initials = names.map((n) => `${n.first[0]}. ${n.middle}${n.last}`);
            const text = {
              apa: `${join(
                names.map(
                  (n) => `${n.last}, ${n.first[0]}.${n.middle ? ` ${n.middle.trim()}` : ''}`,
                ),
                ', & ',
              )} (${year}). ${title}. Venue.`,
              acl: `${join(full, ', and ')}. ${year}. ${title}. In Venue.`,
              ieee: `${join(initials, ', and ')}, "${title}," in Proc. Venue, ${year}, pp. 1–9.`,
              natbib: `${join(full, ', and ')}. ${title}. In Venue, ${year}.`,
            }[style];
            return `${marker}${text}`;
          });
          const { papers } = parseDump(lines.join('\n'));
          expect(papers.map((p) => [p.title, p.year, p.authors?.length])).toEqual(
            refs.map(({ names, words, year }, i) => [
              `Model ${i}: ${words.join(' ')}`,
              year,
              names.length,
            ]),
          );
        },
      ),
    );
  });
});
