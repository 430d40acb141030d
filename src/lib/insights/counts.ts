/** Tag aggregations behind the Insights charts. Ids not in the given lists are ignored. */
import type { Paper } from '../types';
import { datedYear } from '../paper-ids/id-format';

/** The groups a chart can count by: curated techniques or discovered topics. */
export type ChartGroup = 'technique' | 'topic';

/** The groups a matrix's columns can be: where a paper applies, or what kind of paper it is. */
export type ColumnGroup = 'modality' | 'contribution';

/** What the counts read of a paper: its tags (list entries from meta.json are enough). */
type Tagged = Pick<Paper, 'tags'>;

export interface IdCount {
  id: string;
  count: number;
}

/** Rows × columns of paper counts; `max` is the largest cell (0 when empty). */
export interface CountMatrix {
  rows: readonly string[];
  cols: readonly string[];
  counts: number[][];
  max: number;
}

function techniqueIds(paper: Tagged, group: ChartGroup = 'technique'): Set<string> {
  return new Set((paper.tags[group] ?? []).map((t) => t.id));
}

/** Papers per technique (or topic), in the order of `ids`. */
export function countByTechnique(
  papers: readonly Tagged[],
  ids: readonly string[],
  group: ChartGroup = 'technique',
): IdCount[] {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const paper of papers) {
    for (const id of techniqueIds(paper, group)) {
      const n = counts.get(id);
      if (n !== undefined) counts.set(id, n + 1);
    }
  }
  return ids.map((id) => ({ id, count: counts.get(id) ?? 0 }));
}

function emptyMatrix(rows: readonly string[], cols: readonly string[]): CountMatrix {
  return { rows, cols, counts: rows.map(() => cols.map(() => 0)), max: 0 };
}

function bump(m: CountMatrix, r: number, c: number): void {
  const row = m.counts[r];
  if (!row) return;
  const next = (row[c] ?? 0) + 1;
  row[c] = next;
  if (next > m.max) m.max = next;
}

/** Papers tagged with technique `rows[i]` and modality (or contribution, `by`) `cols[j]`. */
export function techniqueModalityMatrix(
  papers: readonly Tagged[],
  techniques: readonly string[],
  modalities: readonly string[],
  group: ChartGroup = 'technique',
  by: ColumnGroup = 'modality',
): CountMatrix {
  const m = emptyMatrix(techniques, modalities);
  const rowOf = new Map(techniques.map((id, i) => [id, i]));
  const colOf = new Map(modalities.map((id, i) => [id, i]));
  for (const paper of papers) {
    const tags = by === 'modality' ? paper.tags.modality : [paper.tags.contribution];
    const cols = new Set(tags.flatMap((t) => colOf.get(t.id) ?? []));
    for (const id of techniqueIds(paper, group)) {
      const r = rowOf.get(id);
      if (r === undefined) continue;
      for (const c of cols) bump(m, r, c);
    }
  }
  return m;
}

/**
 * Papers tagged with both techniques; symmetric, and the diagonal holds each technique's own
 * count, so a row reads "of the papers with A, how many also have B".
 */
export function cooccurrenceMatrix(
  papers: readonly Tagged[],
  techniques: readonly string[],
  group: ChartGroup = 'technique',
): CountMatrix {
  const m = emptyMatrix(techniques, techniques);
  const indexOf = new Map(techniques.map((id, i) => [id, i]));
  for (const paper of papers) {
    const mine = [...techniqueIds(paper, group)].flatMap((id) => indexOf.get(id) ?? []);
    for (const a of mine) for (const b of mine) bump(m, a, b);
  }
  return m;
}

/** Drops rows and columns whose cells are all 0, so a narrow view draws a small grid. */
export function trimMatrix(m: CountMatrix): CountMatrix {
  const keepRows = m.rows.map((_, i) => (m.counts[i] ?? []).some((n) => n > 0));
  const keepCols = m.cols.map((_, j) => m.counts.some((row) => (row[j] ?? 0) > 0));
  return {
    rows: m.rows.filter((_, i) => keepRows[i]),
    cols: m.cols.filter((_, j) => keepCols[j]),
    counts: m.counts.filter((_, i) => keepRows[i]).map((row) => row.filter((_, j) => keepCols[j])),
    max: m.max,
  };
}

export interface PairCount {
  a: string;
  b: string;
  count: number;
}

/** Off-diagonal pairs with at least one paper, each once (a before b in row order), most frequent first. */
export function pairCounts(m: CountMatrix): PairCount[] {
  const out: PairCount[] = [];
  m.rows.forEach((a, i) => {
    for (let j = i + 1; j < m.cols.length; j++) {
      const count = m.counts[i]?.[j] ?? 0;
      const b = m.cols[j];
      if (count > 0 && b !== undefined) out.push({ a, b, count });
    }
  });
  // Stable sort keeps matrix order among equal counts.
  return out.sort((x, y) => y.count - x.count);
}

export interface YearCount {
  year: number;
  count: number;
}

/** Beyond this many years from the first to the last, years without a paper are left out. */
const MAX_SPAN = 40;

/**
 * Papers per year they are dated in (the year the filter and the cards give: datedYear), each
 * year from the first to the last so that a gap shows, and how many papers are undated.
 */
export function countByYear(papers: readonly Pick<Paper, 'arxiv' | 'year'>[]): {
  years: YearCount[];
  undated: number;
} {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const paper of papers) {
    const year = datedYear(paper);
    if (year === undefined) undated += 1;
    else counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const known = [...counts.keys()].sort((a, b) => a - b);
  const first = known[0] ?? 0;
  const last = known.at(-1) ?? -1;
  const span =
    last - first < MAX_SPAN ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : known;
  return { years: span.map((year) => ({ year, count: counts.get(year) ?? 0 })), undated };
}
