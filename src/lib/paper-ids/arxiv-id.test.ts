import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findArxivId, findDoi, isArxivId, isDoi, paperIds } from './arxiv-id';
import {
  doiUrl,
  formatPostedMonth,
  hasArxivShape,
  hasDoiShape,
  datedKey,
  datedYear,
  postedKey,
  postedMonth,
} from './id-format';

describe('findArxivId', () => {
  it.each([
    ['Code and paper: https://arxiv.org/abs/2401.01234.', '2401.01234'],
    ['See arXiv:2401.01234v2 for the appendix.', '2401.01234'],
    ['Preprint arXiv 2312.00752 (Mamba).', '2312.00752'],
    ['PDF at https://arxiv.org/pdf/2106.09685v2.pdf', '2106.09685'],
    ['HTML at https://arxiv.org/html/2404.07143v1', '2404.07143'],
    ['Discussed at https://huggingface.co/papers/2402.13753', '2402.13753'],
    ['DOI https://doi.org/10.48550/arXiv.2004.05150', '2004.05150'],
    ['Four-digit ids of 2007–2014: arXiv:1409.0473', '1409.0473'],
    ['The first new-style month: arXiv:0704.0001', '0704.0001'],
    ['Old style: cs/0112017 in the archive.', 'cs/0112017'],
    ['Old style with a class: arXiv:math.GT/0309136v1', 'math/0309136'],
    ['Old URL https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['Same id twice arXiv:2401.01234 and https://arxiv.org/abs/2401.01234v3', '2401.01234'],
  ])('reads %j', (text, id) => {
    expect(findArxivId(text)).toBe(id);
  });

  it.each([
    ['A bare number 2401.01234 is not an id.'],
    ['Month 13: arXiv:2413.01234'],
    ['Before the new scheme: arXiv:0703.0001'],
    ['Five digits before 2015: arXiv:1412.01234'],
    ['Four digits after 2014: arXiv:1501.0123'],
    ['Six digits: arXiv:2401.012345'],
    ['An unknown archive: foo/0112017, and/or 0112017'],
    ['Old style after March 2007: cs/0704001'],
    ['A version number v2401.01234 and Llama-2401.01234'],
    ['A path https://example.com/cs/0112017'],
    ['ArXiv-128k is a benchmark; arXiv abstracts of 2023.'],
    ['Two papers: arXiv:2401.01234 and arXiv:2312.00752.'],
  ])('finds no id in %j', (text) => {
    expect(findArxivId(text)).toBeUndefined();
  });

  it('never throws and returns only ids it would read back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const id = findArxivId(s);
        if (id !== undefined) expect(isArxivId(id) && hasArxivShape(id)).toBe(true);
        const doi = findDoi(s);
        if (doi !== undefined) expect(isDoi(doi) && hasDoiShape(doi)).toBe(true);
      }),
    );
  });
});

describe('posted month', () => {
  it('reads the month from new- and old-style ids', () => {
    expect(postedMonth('2401.01234')).toEqual({ year: 2024, month: 1 });
    expect(formatPostedMonth(postedMonth('2401.01234')!)).toBe('January 2024');
    expect(postedMonth('hep-th/9901001')).toEqual({ year: 1999, month: 1 });
    expect(postedMonth('cs/0112017')).toEqual({ year: 2001, month: 12 });
    expect(postedMonth('nonsense')).toBeUndefined();
  });

  it('orders later months higher, NaN without an id', () => {
    expect(postedKey('2401.01234')).toBeGreaterThan(postedKey('2312.99999'));
    expect(postedKey('0704.0001')).toBeGreaterThan(postedKey('cs/0703001'));
    expect(postedKey(undefined)).toBeNaN();
  });

  it('dates a paper in the year it shows: a stated year, the arXiv month only ordering within it', () => {
    const month = (p: { arxiv?: string; year?: number }) => datedKey(p) - datedYear(p)! * 12;
    expect([datedYear({ arxiv: '2205.00001' }), month({ arxiv: '2205.00001' })]).toEqual([2022, 4]);
    expect([datedYear({ year: 2020 }), month({ year: 2020 })]).toEqual([2020, 0]);
    // Posted in May 2022, published in 2023: dated 2023, as its card says.
    const venue = { arxiv: '2205.00001', year: 2023 };
    expect([datedYear(venue), month(venue)]).toEqual([2023, 0]);
    expect(month({ arxiv: '2205.00001', year: 2022 })).toBe(4);
    expect(datedKey({})).toBeNaN();
  });
});

describe('findDoi', () => {
  it.each([
    ['Published as https://doi.org/10.1145/3600006.3613165.', '10.1145/3600006.3613165'],
    ['doi:10.1038/s41586-021-03819-2 (Nature)', '10.1038/s41586-021-03819-2'],
    ['(see 10.1000/xyz(123))', '10.1000/xyz(123)'],
    ['Twice: 10.1145/ABC and https://doi.org/10.1145/abc', '10.1145/ABC'],
  ])('reads %j', (text, doi) => {
    expect(findDoi(text)).toBe(doi);
  });

  it.each([
    ['Accuracy rose 10.1234 points'],
    ['10.12/abc has a short registrant'],
    ['arXiv DOI 10.48550/arXiv.2401.01234 is an arXiv id'],
    ['Two: 10.1145/a and 10.1038/b'],
  ])('finds no DOI in %j', (text) => {
    expect(findDoi(text)).toBeUndefined();
  });

  it('links DOIs with their slashes kept and the rest encoded', () => {
    expect(doiUrl('10.1000/xyz(123)')).toBe('https://doi.org/10.1000/xyz(123)');
    expect(doiUrl('10.1000/a#b?c')).toBe('https://doi.org/10.1000/a%23b%3Fc');
    expect(isDoi('10.1145/3600006.3613165')).toBe(true);
    expect(isDoi('javascript:alert(1)')).toBe(false);
    expect(hasDoiShape('10.1145/a"onload=x')).toBe(false);
    expect(hasArxivShape('2401.01234')).toBe(true);
    expect(hasArxivShape('hep-th/9901001')).toBe(true);
    expect(hasArxivShape('2401.01234v2')).toBe(false);
  });
});

describe('paperIds', () => {
  it('records what it finds and nothing else', () => {
    expect(paperIds('No ids here.')).toEqual({});
    expect(paperIds('arXiv:2401.01234; doi:10.1145/1.2')).toEqual({
      arxiv: '2401.01234',
      doi: '10.1145/1.2',
    });
  });
});
