import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ViewState } from './view-state';
import { viewOf, yearSpan } from './view-state';
import { sanitize } from '../search/normalize';
import type { KnownIds } from './view-codec';
import { decodeView, encodeView, MAX_PAGE } from './view-codec';

const known: KnownIds = {
  technique: ['sparse-attention', 'linear-attention', 'kv-cache'],
  modality: new Set(['text', 'image', 'video']),
  contribution: ['method', 'benchmark'],
};
const empty = viewOf();
const decode = (s: string) => decodeView(s, known);
const encode = (v: Partial<ViewState>) => encodeView({ ...empty, ...v }, known);

describe('encodeView', () => {
  it('leaves out every default', () => {
    expect(encode({})).toBe('');
    expect(encode({ q: '   ', sort: 'dump', page: 1 })).toBe('');
    expect(encode({ q: 'ring', sort: 'relevance' })).toBe('?q=ring');
  });
  it('writes facets deduplicated, in taxonomy order, with readable commas', () => {
    expect(
      encode({
        technique: ['kv-cache', 'sparse-attention', 'kv-cache'],
        modality: ['video', 'text'],
      }),
    ).toBe('?technique=sparse-attention,kv-cache&modality=text,video');
  });
  it('writes every parameter in a fixed order', () => {
    expect(
      encode({
        q: 'kv cache & more',
        contribution: ['method'],
        sort: 'title',
        page: 3,
        minContext: 128_000,
      }),
    ).toBe('?q=kv+cache+%26+more&contribution=method&sort=title&page=3&minContext=128k');
  });
  it('gives equal URLs for equal views', () => {
    expect(encode({ technique: ['kv-cache', 'linear-attention'] })).toBe(
      encode({ technique: ['linear-attention', 'kv-cache'] }),
    );
  });
});

describe('decodeView', () => {
  it('reads a full view', () => {
    const { view, unknown } = decode(
      '?q=ring+attention&technique=kv-cache,sparse-attention&sort=context&page=2&minContext=1M',
    );
    expect(view).toEqual({
      q: 'ring attention',
      technique: ['sparse-attention', 'kv-cache'],
      modality: [],
      contribution: [],
      topic: [],
      sort: 'context',
      page: 2,
      minContext: 1_000_000,
    });
    expect(unknown).toEqual([]);
  });
  it('drops and reports unknown ids and parameters', () => {
    const { view, unknown } = decode(
      'technique=kv-cache,warp-drive&modality=smell&utm_source=x&sort=random',
    );
    expect(view.technique).toEqual(['kv-cache']);
    expect(view.modality).toEqual([]);
    expect(unknown).toEqual([
      { group: 'technique', value: 'warp-drive' },
      { group: 'modality', value: 'smell' },
      { group: 'param', value: 'utm_source=x' },
      { group: 'param', value: 'sort=random' },
    ]);
  });
  it('merges repeated facet lists; the first scalar wins', () => {
    const { view } = decode(
      'technique=kv-cache&q=first&technique=sparse-attention,KV-Cache&q=second&page=2&page=5',
    );
    expect(view.technique).toEqual(['sparse-attention', 'kv-cache']);
    expect(view.q).toBe('first');
    expect(view.page).toBe(2);
  });
  it('turns bad pages into 1 and clamps huge ones', () => {
    for (const p of ['0', '-3', 'abc', '2.5', '']) expect(decode(`page=${p}`).view.page, p).toBe(1);
    expect(decode('page=99999999999999999999').view.page).toBe(MAX_PAGE);
    expect(decode('page=007').view.page).toBe(7);
  });
  it('survives hostile input', () => {
    const hostile = [
      '%',
      '?q=%E0%A4%A',
      '?q=%ZZ&technique=%',
      `?q=${'x'.repeat(5000)}`,
      `?technique=${'a,'.repeat(2500)}`,
      '?q=\ud800\u0000<script>alert(1)</script>',
      '?q=%00%ED%A0%80',
      '?&&=&==&q',
      '#?q=x',
    ];
    for (const s of hostile) {
      const { view, unknown } = decode(s);
      expect(view.q).toBe(sanitize(view.q));
      expect(view.q.length).toBeLessThanOrEqual(1000);
      expect(unknown.length).toBeLessThanOrEqual(20);
      for (const u of unknown) expect(u.value.length).toBeLessThanOrEqual(60);
    }
    expect(decode('?q=<b>hi</b>').view.q).toBe('<b>hi</b>');
  });
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        decode(s);
        decode(`?q=${s}&technique=${s}&page=${s}&minContext=${s}&sort=${s}&since=${s}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('since (a year filter)', () => {
  it('round-trips a year, and reports one it cannot read', () => {
    expect(encodeView(viewOf('', { since: 2023 }))).toBe('?since=2023');
    expect(decodeView('?since=2023').view.since).toBe(2023);
    for (const bad of ['23', '1700', '20230', 'soon', '2023.5', '-2023']) {
      const { view, unknown } = decodeView(`?since=${bad}`);
      expect(view.since, bad).toBeUndefined();
      expect(unknown, bad).toEqual([{ group: 'param', value: `since=${bad}` }]);
    }
    // The first of two is the one read, as for every single-valued parameter.
    expect(decodeView('?since=2020&since=2024').view.since).toBe(2020);
  });
});

describe('until (the other end of the years)', () => {
  it('round-trips with since, and turns a range written backwards round', () => {
    expect(encodeView(viewOf('', { since: 2021, until: 2023 }))).toBe('?since=2021&until=2023');
    expect(decodeView('?until=2022').view.until).toBe(2022);
    expect(decodeView('?until=2022').view.since).toBeUndefined();
    expect(decodeView('?since=2024&until=2021').view).toMatchObject({ since: 2021, until: 2024 });
    expect(decodeView('?until=soon').unknown).toEqual([{ group: 'param', value: 'until=soon' }]);
  });
  it('is said as a reader says years', () => {
    expect(yearSpan({ since: 2021, until: 2023 })).toBe('2021–2023');
    expect(yearSpan({ since: 2023, until: 2023 })).toBe('2023');
    expect(yearSpan({ since: 2023 })).toBe('2023 or later');
    expect(yearSpan({ until: 2020 })).toBe('2020 or earlier');
    expect(yearSpan({})).toBeUndefined();
  });
});

describe('papers (a set chosen on the map)', () => {
  it('round-trips, canonical (sorted, no duplicates), and is reported when unreadable', () => {
    const view = viewOf('', { papers: [9, 2, 2, 40] });
    const search = encodeView(view);
    expect(search).toMatch(/^\?papers=[bd][A-Za-z0-9_-]+$/);
    expect(decodeView(search).view.papers).toEqual([2, 9, 40]);
    const bad = decodeView('?papers=%%zz&q=x');
    expect(bad.view.papers).toBeUndefined();
    expect(bad.view.q).toBe('x');
    expect(bad.unknown).toEqual([{ group: 'param', value: 'papers=%%zz' }]);
    expect(encodeView(viewOf('', { papers: [] }))).toBe('');
  });
});
