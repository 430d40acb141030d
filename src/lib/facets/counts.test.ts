import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FacetGroup, Paper } from '../types';
import { FACET_GROUPS } from '../types';
import { buildFacetMatrix, matrixFrom } from './counts';
import { filterAndCount } from '../../testing/filter-and-count';
import type { FacetSelection } from './counts';
import { TAXONOMY } from '../taxonomy';

const order: Record<FacetGroup, string[]> = {
  technique: ['a', 'b', 'c', 'd'],
  modality: ['x', 'y', 'z'],
  contribution: ['m', 'n'],
  topic: ['t1', 't2', 't3'],
};
type Facets = Record<FacetGroup, string[]>;

const passes = (f: Facets, sel: FacetSelection, skip?: FacetGroup) =>
  FACET_GROUPS.every(
    (g) =>
      g === skip ||
      !(sel[g] ?? []).some((id) => order[g].includes(id)) ||
      f[g].some((id) => sel[g]!.includes(id)),
  );

/** The definition, spelled out: O(candidates × values). */
function bruteForce(candidates: number[], facets: Facets[], sel: FacetSelection) {
  const results = candidates.filter((id) => passes(facets[id]!, sel));
  const counts = Object.fromEntries(
    FACET_GROUPS.map((g) => [
      g,
      Object.fromEntries(
        order[g].map((v) => [
          v,
          candidates.filter((id) => passes(facets[id]!, sel, g) && facets[id]![g].includes(v))
            .length,
        ]),
      ),
    ]),
  );
  return { results, counts };
}

const facetsArb = fc.record({
  technique: fc.subarray(order.technique),
  modality: fc.subarray(order.modality),
  contribution: fc.subarray(order.contribution, { maxLength: 1 }),
  topic: fc.subarray(order.topic, { maxLength: 3 }),
});
const selArb = fc.record({
  technique: fc.subarray([...order.technique, 'unknown']),
  modality: fc.subarray(order.modality),
  contribution: fc.subarray(order.contribution),
  topic: fc.subarray([...order.topic, 'unknown-topic']),
});

describe('filterAndCount', () => {
  it('matches a brute-force count for random corpora, candidates and selections', () => {
    fc.assert(
      fc.property(
        fc.array(facetsArb, { maxLength: 60 }),
        selArb,
        fc.array(fc.nat(), { maxLength: 80 }),
        (facets, sel, picks) => {
          const candidates = facets.length ? [...new Set(picks.map((p) => p % facets.length))] : [];
          const matrix = matrixFrom(facets.length, (id) => facets[id]!, order);
          expect(filterAndCount(candidates, matrix, sel)).toEqual(
            bruteForce(candidates, facets, sel),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('is OR within a group and AND across groups, keeping candidate order', () => {
    const facets: Facets[] = [
      { technique: ['a'], modality: ['x'], contribution: ['m'], topic: [] },
      { technique: ['b'], modality: ['y'], contribution: ['m'], topic: [] },
      { technique: ['a', 'b'], modality: ['y'], contribution: ['n'], topic: [] },
    ];
    const matrix = matrixFrom(3, (id) => facets[id]!, order);
    const r = filterAndCount([2, 1, 0], matrix, { technique: ['a', 'b'], modality: ['y'] });
    expect(r.results).toEqual([2, 1]);
    // Modality counts ignore the modality selection: x would add paper 0.
    expect(r.counts.modality).toEqual({ x: 1, y: 2, z: 0 });
    expect(r.counts.technique).toEqual({ a: 1, b: 2, c: 0, d: 0 });
    expect(r.counts.contribution).toEqual({ m: 1, n: 1 });
  });
  it('builds from papers and the taxonomy, and is fast at 100k candidates', () => {
    const ids = TAXONOMY.technique.map((v) => v.id);
    const papers = Array.from({ length: 100_000 }, (_, i) => ({
      tags: {
        technique: [
          { id: ids[i % ids.length]!, evidence: [] },
          { id: ids[(i * 7) % ids.length]!, evidence: [] },
        ],
        modality: [{ id: TAXONOMY.modality[i % 3]!.id, evidence: [] }],
        contribution: { id: TAXONOMY.contribution[i % 2]!.id, evidence: [] },
      },
    })) as Pick<Paper, 'tags'>[];
    const matrix = buildFacetMatrix(papers);
    const all = papers.map((_, i) => i);
    const sel = { technique: [ids[0]!, ids[3]!], modality: [TAXONOMY.modality[1]!.id] };
    const r = filterAndCount(all, matrix, sel);
    expect(r.results.length).toBeGreaterThan(0);
    expect(Object.keys(r.counts.technique)).toEqual(ids);
  });
  it('refuses a group too large for a mask, with a clear message', () => {
    const big = { ...order, technique: Array.from({ length: 33 }, (_, i) => `t${i}`) };
    expect(() => matrixFrom(0, () => ({}), big)).toThrow(/at most 32/);
  });
});
