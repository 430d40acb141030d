import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DumpError, parseDump } from './parse-dump';

const WORDS = [
  'long',
  'context',
  'attention',
  'sparse',
  'memory',
  'model',
  'scaling',
  'tokens',
  'video',
  'linear',
  'state',
  'space',
];
const word = fc.constantFrom(...WORDS);
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A title as listings show them: a few capitalised words, maybe a "Name:" prefix, no full stop. */
const title = fc
  .tuple(
    fc.option(fc.stringMatching(/^[A-Z][A-Za-z0-9]{2,8}$/), { nil: undefined }),
    fc.array(word, { minLength: 2, maxLength: 10 }),
    fc.nat(9999),
  )
  .map(([name, words, n]) => `${name ? `${name}: ` : ''}${words.map(capital).join(' ')} ${n}`);

const sentence = fc
  .array(word, { minLength: 4, maxLength: 18 })
  .map((ws) => `${capital(ws.join(' '))}.`);
const abstract = fc.array(sentence, { minLength: 3, maxLength: 8 }).map((ss) => ss.join(' '));

/** Noise a saved page or an editor can add between papers without making a paper. */
const noise = fc.constantFrom(
  '',
  '   ',
  '\t',
  'Get trending papers in your email inbox!',
  'Subscribe',
  '42',
  '•••',
  '—',
);

describe('parseDump (properties)', () => {
  it('throws nothing but DumpError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc
            .array(
              fc.constantFrom('\n', '\r\n', 'Title', 'We x. And y. So z.', '\0', '\uFEFF', ' '),
              { maxLength: 40 },
            )
            .map((p) => p.join('')),
          // Pieces of references in every style, so the bibliography reader meets broken ones.
          fc
            .array(
              fc.constantFrom(
                '\n',
                ' ',
                '[1] ',
                '2. ',
                'Gu, A., & Dao, T.',
                'Albert Gu and Tri Dao',
                ' (2023). ',
                '. 2023. ',
                ': ',
                '"Mamba: Linear time,"',
                'Mamba: Linear time.',
                ' arXiv:2312.00752',
                ' CoRR abs/2312.00752 (2023)',
                'et al.',
                '2024',
              ),
              { maxLength: 60 },
            )
            .map((p) => p.join('')),
        ),
        (text) => {
          try {
            const { papers } = parseDump(text);
            expect(papers.length).toBeGreaterThan(0);
            for (const p of papers) expect(p.title.trim()).not.toBe('');
          } catch (e) {
            expect(e).toBeInstanceOf(DumpError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never loses a well-formed paper, whatever noise and line endings surround it', () => {
    const paper = fc.tuple(title, abstract, fc.array(noise, { maxLength: 3 }));
    // Unique but for case: "Abc: Long 1" and "ABC: Long 1" with one abstract are one paper.
    const papers = fc.uniqueArray(paper, {
      minLength: 1,
      maxLength: 12,
      selector: ([t]) => t.toLowerCase(),
    });
    fc.assert(
      fc.property(
        papers,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (items, eol, bom, chrome) => {
          const lines: string[] = chrome
            ? ['Get trending papers in your email inbox once a day!']
            : [];
          items.forEach(([t, a, junk], i) =>
            lines.push(...junk, `${i === 0 && chrome ? 'Subscribe' : ''}${t}  `, ` ${a}`),
          );
          const text = `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
          const { papers: parsed } = parseDump(text);
          expect(parsed.map((p) => [p.title, p.abstract])).toEqual(items.map(([t, a]) => [t, a]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the names a page prints under a title as its authors, and loses no paper', () => {
    const person = fc
      .tuple(
        fc.constantFrom('Hao', 'Iz', 'Matthew E.', 'J.', 'Zoë', 'Jean-Luc'),
        fc.constantFrom('Liu', 'Beltagy', 'Peters', 'van der Berg', "O'Neil", 'Müller'),
      )
      .map(([first, last]) => `${first} ${last}`);
    const byline = fc.uniqueArray(person, { minLength: 2, maxLength: 6 });
    const paper = fc.tuple(title, fc.option(byline, { nil: undefined }), abstract);
    const papers = fc.uniqueArray(paper, {
      minLength: 1,
      maxLength: 8,
      selector: ([t]) => t.toLowerCase(),
    });
    fc.assert(
      fc.property(papers, (items) => {
        const lines = items.flatMap(([t, names, a]) => [
          t,
          ...(names ? [names.join(', ')] : []),
          a,
        ]);
        const { papers: parsed } = parseDump(lines.join('\n'));
        expect(parsed.map((p) => [p.title, p.authors, p.abstract])).toEqual(items);
      }),
      { numRuns: 200 },
    );
  });

  it('reports every line number within the dump', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(title, abstract, noise), { minLength: 1, maxLength: 30 }),
        (lines) => {
          try {
            const { warnings } = parseDump(lines.join('\n'));
            for (const w of warnings) {
              expect(w.line).toBeGreaterThanOrEqual(1);
              expect(w.line).toBeLessThanOrEqual(lines.length);
            }
          } catch (e) {
            expect(e).toBeInstanceOf(DumpError);
          }
        },
      ),
    );
  });
});
