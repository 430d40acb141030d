/** Property tests of the URL codec: round trips and random query strings never break it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ViewState } from './view-state';
import { sanitize } from '../search/normalize';
import type { KnownIds } from './view-codec';
import { canonicalView, decodeView, encodeView, MAX_PAGE, SORT_KEYS } from './view-codec';

const known: KnownIds = {
  technique: ['sparse-attention', 'linear-attention', 'kv-cache'],
  modality: new Set(['text', 'image', 'video']),
  contribution: ['method', 'benchmark'],
  topic: ['gui-agents', 'video-generation', 'video-generation-2'],
};
const decode = (s: string) => decodeView(s, known);

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  q: fc.string({ unit: 'grapheme', maxLength: 60 }),
  technique: fc.subarray([...known.technique]),
  modality: fc.subarray(['text', 'image', 'video']),
  contribution: fc.subarray([...known.contribution]),
  topic: fc.subarray([...known.topic!]),
  sort: fc.option(fc.constantFrom(...SORT_KEYS), { nil: undefined }),
  page: fc.integer({ min: 1, max: MAX_PAGE }),
  minContext: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: undefined }),
  since: fc.option(fc.integer({ min: 1800, max: 2099 }), { nil: undefined }),
  until: fc.option(fc.integer({ min: 1800, max: 2099 }), { nil: undefined }),
});

describe('round trip', () => {
  it('decode(encode(v)) is the canonical form of v, and canonical views come back unchanged', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const back = decode(encodeView(v, known));
        expect(back.view).toEqual(canonicalView(v, known));
        expect(back.unknown).toEqual([]);
        expect(encodeView(back.view, known)).toBe(encodeView(v, known));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Query strings as people mangle them: real and unknown names, encoded and broken escapes, markup. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '%',
    '%Z',
    '%ZZ',
    '%E0%A4%A',
    '%00',
    '%ED%A0%80',
    '%F0%9F%9A%80',
    '%2C',
    '%26',
    '%3D',
    '+',
    ',',
  ),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\uD800',
    '\uDFFF',
  ),
  fc.constantFrom(
    'kv-cache',
    'KV-Cache',
    'sparse-attention',
    'text',
    'video',
    'method',
    'title',
    'context',
    '128k',
    '1M',
    '2',
    '-1',
    '1e309',
  ),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
);
const paramName = fc.oneof(
  fc.constantFrom(
    'q',
    'technique',
    'modality',
    'contribution',
    'sort',
    'page',
    'minContext',
    'since',
    'until',
    'all',
    'ids',
    '',
  ),
  fc.string({ maxLength: 6 }),
);
const queryString = fc
  .array(fc.tuple(paramName, fc.array(piece, { maxLength: 4 }), fc.boolean()), { maxLength: 8 })
  .chain((params) =>
    fc
      .constantFrom('?', '')
      .map(
        (lead) =>
          lead + params.map(([n, v, eq]) => (eq ? `${n}=${v.join('')}` : n + v.join(''))).join('&'),
      ),
  );

describe('fuzz: random query strings', () => {
  it('decode never throws and always yields a canonical, bounded view that round-trips', () => {
    const ids = new Set([...known.technique, ...known.modality, ...known.contribution]);
    fc.assert(
      fc.property(queryString, (s) => {
        const { view, unknown } = decode(s);
        expect(view).toEqual(canonicalView(view, known));
        expect(view.q).toBe(sanitize(view.q));
        expect(view.q.length).toBeLessThanOrEqual(1000);
        for (const id of [...view.technique, ...view.modality, ...view.contribution])
          expect(ids.has(id)).toBe(true);
        expect(Number.isSafeInteger(view.page) && view.page >= 1 && view.page <= MAX_PAGE).toBe(
          true,
        );
        expect(unknown.length).toBeLessThanOrEqual(20);
        for (const u of unknown) expect(u.value.length).toBeLessThanOrEqual(60);
        const again = decode(encodeView(view, known));
        expect(again.view).toEqual(view);
        expect(again.unknown).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});
