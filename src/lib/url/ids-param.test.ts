import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_IDS, formatIdsParam, isSlug, parseIdsParam, pathWithIds } from './ids-param';

describe('isSlug', () => {
  it('accepts contract slugs and rejects everything else', () => {
    expect(isSlug('longformer-the-long-document-transformer')).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', '<b>', 'a b', 42, null, 'x'.repeat(301)]) {
      expect(isSlug(bad)).toBe(false);
    }
  });
});

describe('parseIdsParam', () => {
  it('splits, trims, lowercases and deduplicates', () => {
    expect(parseIdsParam(' a ,B,a,,c-d,')).toEqual({
      ids: ['a', 'b', 'c-d'],
      invalid: [],
      invalidCount: 0,
      truncated: false,
    });
  });
  it('is empty for a missing value', () => {
    expect(parseIdsParam(null).ids).toEqual([]);
    expect(parseIdsParam('').ids).toEqual([]);
  });
  it('reports markup and bad encoding as invalid, shortened', () => {
    const r = parseIdsParam(`a,<img src=x onerror=alert(1)>,%E0%A4%A,${'<'.repeat(500)}`);
    expect(r.ids).toEqual(['a']);
    expect(r.invalidCount).toBe(3);
    expect(r.invalid.every((v) => v.length <= 61)).toBe(true);
  });
  it('survives a 5,000-character value', () => {
    const r = parseIdsParam('x'.repeat(5000));
    expect(r.ids).toEqual([]);
    expect(r.invalidCount).toBe(1);
  });
  it('caps the number of ids', () => {
    const many = Array.from({ length: 500 }, (_, i) => `p${i}`).join(',');
    const r = parseIdsParam(many);
    expect(r.ids).toHaveLength(MAX_IDS);
    expect(r.truncated).toBe(true);
  });
  it('never throws and only returns slugs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const r = parseIdsParam(s);
        expect(r.ids.every(isSlug)).toBe(true);
        expect(new Set(r.ids).size).toBe(r.ids.length);
      }),
    );
  });
  it('round-trips through formatIdsParam and URLSearchParams', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/), {
          maxLength: 50,
        }),
        (slugs) => {
          const search = new URLSearchParams(`ids=${formatIdsParam(slugs)}`);
          expect(parseIdsParam(search.get('ids')).ids).toEqual(slugs);
        },
      ),
    );
  });
});

describe('pathWithIds', () => {
  it('builds share and compare paths', () => {
    expect(pathWithIds('/compare', ['a', 'b'])).toBe('/compare?ids=a,b');
    expect(pathWithIds('/reading-list', [])).toBe('/reading-list');
  });
});
