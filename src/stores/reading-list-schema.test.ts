import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSlug } from '../lib/url/ids-param';
import {
  cleanEntries,
  mergeSlugs,
  migrateReadingList,
  readV1,
  readV2,
} from './reading-list-schema';

const NOW = Date.UTC(2025, 0, 15);
const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);

describe('readV1', () => {
  it('keeps every slug of a v1 list, in order, dated now', () => {
    expect(readV1({ slugs: ['a', 'b-c', 'd'] }, NOW)).toEqual({
      items: [
        { slug: 'a', addedAt: NOW },
        { slug: 'b-c', addedAt: NOW },
        { slug: 'd', addedAt: NOW },
      ],
    });
  });
  it('drops non-strings and duplicates and says so', () => {
    const r = readV1({ slugs: ['a', 7, 'a', null, '<script>', 'b'] }, NOW);
    expect(r.items.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(r.problem).toMatch(/4 unreadable or duplicate entries/);
  });
  it('reports a wrong shape', () => {
    expect(readV1({ slugs: 'a,b' }, NOW)).toEqual({
      items: [],
      problem: 'had an unexpected shape',
    });
  });
});

describe('readV2', () => {
  it('keeps valid items and their dates', () => {
    const items = [{ slug: 'a', addedAt: 1000 }];
    expect(readV2({ items }, NOW)).toEqual({ items });
  });
  it('re-dates an item whose date is missing or in the future, without dropping it', () => {
    const r = readV2(
      { items: [{ slug: 'a' }, { slug: 'b', addedAt: NOW * 2 }, { slug: 'c', addedAt: 'x' }] },
      NOW,
    );
    expect(r.items).toEqual([
      { slug: 'a', addedAt: NOW },
      { slug: 'b', addedAt: NOW },
      { slug: 'c', addedAt: NOW },
    ]);
    expect(r.problem).toMatch(/3 entries had no valid date/);
  });
  it('reports wrong shapes', () => {
    for (const bad of [null, 3, 'x', [], { items: {} }, { slugs: ['a'] }]) {
      expect(readV2(bad, NOW).problem).toBe('had an unexpected shape');
    }
  });
});

describe('migrateReadingList', () => {
  it('migrates v1 to v2 without losing an entry', () => {
    const slugs = Array.from({ length: 50 }, (_, i) => `paper-${i}`);
    expect(migrateReadingList({ slugs }, 1, NOW).items.map((i) => i.slug)).toEqual(slugs);
  });
  it('keeps what validates from a future version and flags it', () => {
    const r = migrateReadingList(
      { items: [{ slug: 'a', addedAt: 5, stars: 3 }], folders: [] },
      3,
      NOW,
    );
    expect(r.items).toEqual([{ slug: 'a', addedAt: 5 }]);
    expect(r.problem).toMatch(/newer version/);
  });
  it('resets an unreadable future version', () => {
    expect(migrateReadingList({ papers: 'x' }, 99, NOW)).toEqual({
      items: [],
      problem: expect.stringMatching(/newer/),
    });
  });
  it('flags an odd version number', () => {
    expect(migrateReadingList({ slugs: ['a'] }, 1.5, NOW).problem).toMatch(/unknown version/);
  });
});

describe('properties', () => {
  it('cleaned lists hold only unique slugs, and cleaning is idempotent', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            slugArb,
            fc.string(),
            fc.integer(),
            fc.record({ slug: slugArb, addedAt: fc.integer() }),
          ),
        ),
        (list) => {
          const { items } = cleanEntries(list, NOW);
          const slugs = items.map((i) => i.slug);
          expect(new Set(slugs).size).toBe(slugs.length);
          expect(slugs.every(isSlug)).toBe(true);
          const again = cleanEntries(items, NOW);
          expect(again).toEqual({ items, dropped: 0, redated: 0 });
        },
      ),
    );
  });
  it('a v1 list of unique slugs migrates whole', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slugArb), (slugs) => {
        const r = migrateReadingList({ slugs }, 1, NOW);
        expect(r.problem).toBeUndefined();
        expect(r.items.map((i) => i.slug)).toEqual(slugs);
      }),
    );
  });
  it('merging adds exactly the new slugs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slugArb), fc.array(slugArb), (have, incoming) => {
        const items = have.map((slug) => ({ slug, addedAt: 1 }));
        const r = mergeSlugs(items, incoming, NOW);
        const expected = [...new Set([...have, ...incoming])];
        expect(r.items.map((i) => i.slug)).toEqual(expected);
        expect(r.added).toBe(expected.length - have.length);
      }),
    );
  });
});
