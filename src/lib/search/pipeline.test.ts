/**
 * The pipeline (top-k windows, typed tables) against the plain definition: every hit ranked by
 * the engine, filtered by min context and facets, then sorted with src/testing/sort-hits.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matrixFrom } from '../facets/counts';
import { filterAndCount } from '../../testing/filter-and-count';
import { TAXONOMY } from '../taxonomy';
import type { Claim, FacetGroup, PaperTags } from '../types';
import { FACET_GROUPS } from '../types';
import { createSearchIndex, searchCompact } from './engine';
import { searchIndex } from '../../testing/ranked-hits';
import { searchOrder, searchPage } from './pipeline';
import { buildTables, columnsOf, everyPaper } from './search-tables';
import { parseQuery } from './query';
import type { SortKey, ViewState } from '../url/view-state';
import { viewOf } from '../url/view-state';
import { sortHits } from '../../testing/sort-hits';

const lines = readFileSync(new URL('../../../data/papers.txt', import.meta.url), 'utf8').split(
  '\n',
);
const ids = (g: FacetGroup) => TAXONOMY[g].map((v) => v.id);
interface TestPaper {
  title: string;
  abstract: string;
  facets: Record<FacetGroup, string[]>;
  tags: PaperTags;
  claims: Claim[];
}
const papers: TestPaper[] = [];
for (let i = 2, k = 0; i + 1 < lines.length; i += 2, k += 1) {
  const pick = (g: FacetGroup, n: number) => ids(g).filter((_, j) => (j * 7 + k * 3) % n === 0);
  const claims: Claim[] = [];
  if (k % 3 === 0)
    claims.push({
      kind: 'context',
      value: ((k * 37) % 9) * 1000,
      unit: 'tokens',
      text: '',
      sentence: '',
    });
  if (k % 4 === 1)
    claims.push({ kind: 'speedup', value: (k % 5) + 1, unit: '×', text: '', sentence: '' });
  const facets = {
    technique: pick('technique', 5),
    modality: pick('modality', 4),
    contribution: pick('contribution', 3).slice(0, 1),
    topic: [],
  };
  const tag = (id: string) => ({ id, evidence: [] });
  papers.push({
    title: (lines[i] ?? '').replace(/^Subscribe/, '').trim(),
    abstract: lines[i + 1] ?? '',
    facets,
    tags: {
      technique: facets.technique.map(tag),
      modality: facets.modality.map(tag),
      contribution: tag(facets.contribution[0] ?? ''),
    },
    claims,
  });
}
const index = createSearchIndex(papers);
const tables = buildTables(columnsOf(papers), (parsed) => searchCompact(index, parsed));
const order = Object.fromEntries(FACET_GROUPS.map((g) => [g, ids(g)])) as Record<
  FacetGroup,
  string[]
>;
const matrix = matrixFrom(papers.length, (id) => papers[id]!.facets, order);

function reference(view: ViewState) {
  const parsed = parseQuery(view.q);
  let hits = searchIndex(index, parsed);
  const ctx = Array.from(tables.contexts, (v) => (Number.isNaN(v) ? undefined : v));
  if (view.minContext !== undefined)
    hits = hits.filter((h) => (ctx[h.id] ?? 0) >= view.minContext!);
  const { results, counts } = filterAndCount(
    hits.map((h) => h.id),
    matrix,
    view,
  );
  const byId = new Map(hits.map((h) => [h.id, h.score]));
  const kept = results.map((id) => ({ id, score: byId.get(id) ?? 0 }));
  const withClaims = papers.map((p) => ({ title: p.title, claims: p.claims }));
  const sort: SortKey = view.sort ?? (view.q.trim() ? 'relevance' : 'dump');
  return { ids: sortHits(kept, sort, withClaims, ctx).map((h) => h.id), counts };
}

const view = viewOf;
const VIEWS: ViewState[] = [
  view(''),
  view('attention '),
  view('atten'),
  view('kv cache', { sort: 'title' }),
  view('long context', { sort: 'context' }),
  view('', { sort: 'speedup' }),
  view('model ', { technique: ids('technique').slice(0, 2), minContext: 2000 }),
  view('transformer ', { modality: ids('modality').slice(1, 2), sort: 'dump' }),
  view('"linear bi', { sort: 'relevance' }),
];

describe('pipeline = filter + sort of every hit', () => {
  it.each(VIEWS.map((v) => [JSON.stringify(v), v] as const))('%s', (_, v) => {
    const ref = reference(v);
    expect(Array.from(searchOrder(tables, v))).toEqual(ref.ids);
    for (const [offset, limit] of [
      [0, 25],
      [3, 5],
      [ref.ids.length - 2, 25],
    ] as const) {
      const page = searchPage(tables, v, Math.max(0, offset), limit);
      expect(page.total).toBe(ref.ids.length);
      // A window past the end becomes the last window.
      const n = ref.ids.length;
      const first =
        offset >= n && n > 0 ? Math.floor((n - 1) / limit) * limit : Math.max(0, offset);
      expect(page.offset).toBe(first);
      expect(page.ids).toEqual(ref.ids.slice(first, first + limit));
      // The oracle counts facet groups; years are counted below.
      const { year: _, ...groups } = page.counts;
      expect(groups).toEqual(ref.counts);
    }
  });
});

describe('papers (a set chosen on the map)', () => {
  it('keeps exactly the chosen papers that the rest of the view matches, in order', () => {
    const chosen = [0, 3, 7, 8, 50, 118, 5000];
    const all = searchOrder(tables, viewOf('attention'));
    const only = searchOrder(tables, viewOf('attention', { papers: chosen }));
    expect([...only]).toEqual([...all].filter((i) => chosen.includes(i)));
    const page = searchPage(tables, viewOf('', { papers: chosen }), 0, 25);
    expect(page.total).toBe(6);
    expect(page.ids).toEqual([0, 3, 7, 8, 50, 118]);
  });
});

describe('since and until (a year filter)', () => {
  const dated = [
    { arxiv: '2312.00752' }, // December 2023
    { year: 2024 },
    { year: 2022 },
    {}, // undated
    { arxiv: '2201.00001', year: 2025 }, // the listing's year dates it, as its card shows: 2025
  ].map((d, i) => ({ ...d, title: `Paper ${i}`, tags: papers[0]!.tags, claims: [] }));
  const t = buildTables(columnsOf(dated), everyPaper(dated.length));
  it('keeps papers dated that year or later, by stated year or arXiv month, and no undated one', () => {
    const since = (year?: number) => [...searchOrder(t, viewOf('', { since: year }))];
    expect(since()).toEqual([0, 1, 2, 3, 4]);
    expect(since(2023)).toEqual([0, 1, 4]);
    expect(since(2022)).toEqual([0, 1, 2, 4]);
    expect(since(2025)).toEqual([4]);
    expect(searchPage(t, viewOf('', { since: 2024 }), 0, 25).total).toBe(2);
  });
  it('keeps papers dated up to the end of the until year, alone or with since', () => {
    const years = (since?: number, until?: number) => [
      ...searchOrder(t, viewOf('', { since, until })),
    ];
    expect(years(undefined, 2023)).toEqual([0, 2]); // December 2023 is in
    expect(years(undefined, 2021)).toEqual([]);
    expect(years(2023, 2024)).toEqual([0, 1]);
    expect(years(2024, 2024)).toEqual([1]);
  });
  it('counts years under every filter but the years, and facets under the years too', () => {
    const all = searchPage(t, viewOf(''), 0, 25).counts;
    expect(all.year).toEqual({ 2022: 1, 2023: 1, 2024: 1, 2025: 1 });
    const ranged = searchPage(t, viewOf('', { since: 2024 }), 0, 25).counts;
    expect(ranged.year).toEqual(all.year);
    const technique = Object.keys(ranged.technique).find((id) => (all.technique[id] ?? 0) > 0);
    expect(ranged.technique[technique!]).toBe(2);
  });
});
