import { describe, expect, it } from 'vitest';
import { authorHref, formatByline } from './byline';

describe('formatByline', () => {
  it('joins the authors and the year, leaving out what is unknown', () => {
    expect(formatByline(['Albert Gu', 'Tri Dao'], 2023)).toBe('Albert Gu, Tri Dao · 2023');
    expect(formatByline(['Albert Gu'], undefined)).toBe('Albert Gu');
    expect(formatByline(undefined, 2020)).toBe('2020');
    expect(formatByline([], undefined)).toBe('');
  });
  it('shortens a long list to its first names and "et al."', () => {
    const five = ['A', 'B', 'C', 'D', 'E'];
    expect(formatByline(five, 2024, 3)).toBe('A, B, C et al. · 2024');
    expect(formatByline(five.slice(0, 3), 2024, 3)).toBe('A, B, C · 2024');
  });
  it('names an author past the first ones when asked (one a search matched)', () => {
    const five = ['A', 'B', 'C', 'D', 'E'];
    expect(formatByline(five, 2024, 3, (a) => a === 'E')).toBe('A, B, C, E et al. · 2024');
    expect(formatByline(five, 2024, 3, (a) => a >= 'D')).toBe('A, B, C, D, E · 2024');
    expect(formatByline(five, 2024, 3, (a) => a === 'A')).toBe('A, B, C et al. · 2024');
  });
  it('links an author to the search for their name as a phrase, quotes in it dropped', () => {
    expect(authorHref('Iz Beltagy')).toBe('/?q=%22Iz+Beltagy%22');
    expect(authorHref('Dwayne "Rock" Johnson')).toBe('/?q=%22Dwayne+Rock+Johnson%22');
  });
});
