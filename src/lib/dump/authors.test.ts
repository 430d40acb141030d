import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  authorLine,
  bibtexAuthors,
  citedAuthors,
  listedAuthors,
  scholarByline,
  statedYear,
} from './authors';

/** A name part: letters, an initial, a TeX accent; never a separator. */
const part = fc.constantFrom(
  'Iz',
  'Ada',
  'E.',
  'Sch{\\"o}lkopf',
  "R{\\'e}",
  'Lovelace',
  'Dao',
  'Yi-Jun',
);
const person = fc.record({ first: part, last: part });

describe('bibtexAuthors', () => {
  it('reads "and"-joined names in either order, in print order', () => {
    expect(bibtexAuthors('Beltagy, Iz and Matthew E. Peters and Cohan, Arman')).toEqual([
      'Iz Beltagy',
      'Matthew E. Peters',
      'Arman Cohan',
    ]);
    expect(bibtexAuthors('de la Fontaine, Jr., Jean')).toEqual(['Jean de la Fontaine Jr.']);
    expect(bibtexAuthors('Knuth, Donald~E. and Pe\\~{n}a, Ana')).toEqual([
      'Donald E. Knuth',
      'Ana Pe\\~{n}a',
    ]);
  });
  it('keeps a braced name whole and drops "others"', () => {
    expect(bibtexAuthors('{Barnes and Noble, Inc.} and Doe, Jane and others')).toEqual([
      '{Barnes and Noble, Inc.}',
      'Jane Doe',
    ]);
    expect(bibtexAuthors('')).toEqual([]);
  });
  it('gives back every name, whichever form each is written in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(person, fc.boolean()), { minLength: 1, maxLength: 6 }),
        (people) => {
          const field = people
            .map(([p, lastFirst]) => (lastFirst ? `${p.last}, ${p.first}` : `${p.first} ${p.last}`))
            .join(' and ');
          expect(bibtexAuthors(field)).toEqual(people.map(([p]) => `${p.first} ${p.last}`));
        },
      ),
    );
  });
});

describe('citedAuthors', () => {
  it('reads the names of each citation style, initials put first', () => {
    expect(citedAuthors('Vaswani, A., Gomez, A. N., Kaiser, Ł., & Polosukhin, I.')).toEqual([
      'A. Vaswani',
      'A. N. Gomez',
      'Ł. Kaiser',
      'I. Polosukhin',
    ]);
    expect(citedAuthors('Iz Beltagy, Matthew E. Peters, and Arman Cohan')).toEqual([
      'Iz Beltagy',
      'Matthew E. Peters',
      'Arman Cohan',
    ]);
    expect(citedAuthors('A. Gu and T. Dao')).toEqual(['A. Gu', 'T. Dao']);
    expect(citedAuthors('Vaswani, Ashish, et al.')).toEqual(['Ashish Vaswani']);
    expect(citedAuthors('Gu, Albert, and Tri Dao')).toEqual(['Albert Gu', 'Tri Dao']);
    expect(citedAuthors('J.-L. Picard')).toEqual(['J.-L. Picard']);
  });
  it('reads surnames alone, sentences and titles as no names', () => {
    expect(citedAuthors('Gu & Dao')).toBeUndefined();
    expect(citedAuthors('Zaheer et al.')).toBeUndefined();
    expect(citedAuthors('We study long context: a survey')).toBeUndefined();
    expect(citedAuthors('In Advances in Neural Information Processing Systems')).toBeUndefined();
    expect(citedAuthors('Proceedings of the 2020 Conference')).toBeUndefined();
  });
});

describe('listedAuthors', () => {
  it('reads arXiv\'s "A, B, C" and a sheet\'s "A, B and C"', () => {
    expect(listedAuthors('Ada Lovelace, Alan Turing')).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(listedAuthors('A. Gu, T. Dao, and J. Doe et al.')).toEqual([
      'A. Gu',
      'T. Dao',
      'J. Doe',
    ]);
    expect(listedAuthors('Gu & Dao')).toEqual(['Gu', 'Dao']);
  });
  it('reads Zotero\'s "Last, First; Last, First"', () => {
    expect(listedAuthors('Gu, Albert; Dao, Tri')).toEqual(['Albert Gu', 'Tri Dao']);
    expect(listedAuthors('Someone, A.')).toEqual(['A. Someone']);
    expect(listedAuthors('Ada Lovelace, Alan Turing')).toHaveLength(2);
  });
  it('reads the ACL Anthology\'s "A | B | C"', () => {
    expect(listedAuthors('Lun-Wei Ku | Andre Martins | Vivek Srikumar')).toEqual([
      'Lun-Wei Ku',
      'Andre Martins',
      'Vivek Srikumar',
    ]);
  });
  it('reads a reference manager\'s "Last, First, Last, First"', () => {
    expect(listedAuthors('Beltagy, Iz, Peters, Matthew E., Cohan, Arman')).toEqual([
      'Iz Beltagy',
      'Matthew E. Peters',
      'Arman Cohan',
    ]);
    expect(listedAuthors('van der Berg, Jan, Su, Buxin')).toEqual(['Jan van der Berg', 'Buxin Su']);
    // Two-word names listed with commas stay as they are.
    expect(listedAuthors('Hao Liu, Matei Zaharia, Pieter Abbeel, Tri Dao')).toHaveLength(4);
  });
  it('gives back every name of a comma list or a semicolon list (property)', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), (people) => {
        const names = people.map((p) => `${p.first} ${p.last}`);
        expect(listedAuthors(names.join(', '))).toEqual(names);
        expect(listedAuthors(people.map((p) => `${p.last}, ${p.first}`).join('; '))).toEqual(names);
        expect(listedAuthors(people.map((p) => `${p.last}, ${p.first}`).join(', '))).toEqual(names);
      }),
    );
  });
  it('splits a long list in linear time', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `Author ${i}`);
    expect(listedAuthors(many.join(', '))).toHaveLength(3000);
    expect(bibtexAuthors(many.join(' and '))).toHaveLength(3000);
  });
});

describe('statedYear', () => {
  it('reads the year of a year or date field', () => {
    expect(statedYear('2020')).toBe(2020);
    expect(statedYear('2023-07-14')).toBe(2023);
    expect(statedYear('July 1999')).toBe(1999);
    expect(statedYear('n.d.')).toBeUndefined();
    expect(statedYear('12020')).toBeUndefined();
  });
});

describe('authorLine', () => {
  it.each([
    ['Hao Liu, Matei Zaharia, Pieter Abbeel', true],
    ['J. Smith and A. B. van der Berg', true],
    ["Jean-Luc O'Neil, Zoë Müller", true],
    ['Longformer: The Long-Document Transformer', false],
    ['Attention, Memory, and Reasoning', false],
    ['Hao Liu', false],
    ['We propose Alpha, Beta Gamma.', false],
    ['Qwen2 Team, Llama3 Team', false],
  ])('%s -> %s', (line, expected) => {
    expect(authorLine(line) !== undefined).toBe(expected);
  });
});

describe('scholarByline', () => {
  it('reads the authors and the year after an id', () => {
    expect(
      scholarByline('I Beltagy, ME Peters - arXiv preprint arXiv:2004.05150, 2020 - arxiv.org'),
    ).toEqual({
      authors: ['I Beltagy', 'ME Peters'],
      year: 2020,
    });
    expect(scholarByline('A Gu - 2023 - search.proquest.com')).toEqual({
      authors: ['A Gu'],
      year: 2023,
    });
  });
  it('is nothing else: a title with a dash, a sentence', () => {
    expect(scholarByline('Mamba - Linear-Time Sequence Modeling')).toBeUndefined();
    expect(scholarByline('We scale it - and it works - arxiv.org')).toBeUndefined();
  });
});
