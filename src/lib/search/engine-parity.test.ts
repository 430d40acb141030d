/**
 * The compact engine against the MiniSearch reference (minisearch-engine.ts) on the real dump:
 * same matches, same scores (to rounding), same top 10, for typed, typo, prefix, multi-word and
 * syntax queries, and for every prefix of two typed phrases. The dump has no authors: two papers in
 * three get some from a pool, with surnames that are also query words (Long, Ring).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './engine';
import { searchWithInfo } from '../../testing/ranked-hits';
import type { SearchDoc } from './index-data';
import { createMiniIndex, miniSearchWithInfo } from '../../testing/minisearch-engine';
import { parseQuery } from './query';

const AUTHOR_POOL = ['Tri Dao', 'Albert Gu', 'Ada Long', 'Wei Ring', 'Yi Tay', 'Iz Beltagy'];
const authorsOf = (i: number) =>
  i % 3 === 2 ? undefined : AUTHOR_POOL.filter((_, k) => (i + k) % 4 === 0);

function loadDump(): SearchDoc[] {
  const lines = readFileSync(new URL('../../../data/papers.txt', import.meta.url), 'utf8').split(
    '\n',
  );
  const docs: SearchDoc[] = [];
  for (let i = 2; i + 1 < lines.length; i += 2) {
    const title = (lines[i] ?? '').replace(/^Subscribe/, '').trim();
    const name = /^([^\s:]+):/.exec(title)?.[1];
    const doc: SearchDoc = { title, abstract: lines[i + 1] ?? '', authors: authorsOf(i / 2) };
    docs.push(name ? { ...doc, name } : doc);
  }
  return docs;
}

const docs = loadDump();
const compact = createSearchIndex(docs);
const mini = createMiniIndex(docs);

const QUERIES = [
  'atten',
  'spars',
  'transf',
  'mamb',
  'extrapol',
  'retriev',
  'compres',
  'longfromer',
  'atention',
  'sprase attention',
  'atetntion ',
  'retreival augmented',
  'transfomer',
  'sparce attention',
  'positonal encoding',
  'recurent memory',
  'kv cache compression',
  'ring attention sequence parallel',
  'state space model long context',
  'linear attention',
  'length extrapolation rotary position',
  'long video generation',
  'dna sequence modeling',
  'needle in a haystack',
  'memory efficient inference',
  'hierarchical sparse attention',
  'million token context window',
  'longformer',
  'bigbird',
  'transformer-xl',
  'hyena',
  '"sequence parallelism"',
  'attention -sparse',
  'kvcache ',
  'KV-cache ',
  'mamba 2 ',
  'mamba2',
  'ring attention ',
  'alibi ',
  'linear biases ',
  'rope extrapolation ',
  'attention attention ',
  'long lon',
  'state stat',
  '-attention ',
  'transformerxl ',
  'longformer alibi ',
  '"linear bi',
  'position encoding vision ',
  'speculative decoding ',
  'ulysses ',
  'kv-cache eviction -"kv cache" ',
  'tri dao ',
  'albert gu mamba',
  '"albert gu"',
  'long context ',
  'ring attention tay ',
  'beltag',
];
const typed = ['kv cache compression', 'state space model long context'].flatMap((p) =>
  Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)),
);

describe('compact engine = MiniSearch reference', () => {
  it.each([...QUERIES, ...typed])('"%s"', (q) => {
    const a = searchWithInfo(compact, parseQuery(q));
    const b = miniSearchWithInfo(mini, parseQuery(q));
    expect(a.relaxed).toBe(b.relaxed);
    expect(a.hits.map((h) => h.id).sort((x, y) => x - y)).toEqual(
      b.hits.map((h) => h.id).sort((x, y) => x - y),
    );
    const scoreB = new Map(b.hits.map((h) => [h.id, h.score]));
    for (const h of a.hits) expect(h.score).toBeCloseTo(scoreB.get(h.id) ?? Number.NaN, 9);
    // Same top 10, except where two scores tie to rounding (then either order is right).
    a.hits.slice(0, 10).forEach((h, i) => {
      const other = b.hits[i]!;
      if (h.id !== other.id) expect(Math.abs(h.score - other.score)).toBeLessThan(1e-9 * h.score);
    });
  });
});
