import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPools, readRealPairs, splitSentences } from './pools';
import { synthChunks } from './generate';

const real = readFileSync('data/papers.txt', 'utf8');
const pools = buildPools(real);
const dump = (n: number, seed?: number) => [...synthChunks(n, pools, seed)].join('');

describe('synthetic dumps', () => {
  it('keeps the real format: two chrome lines, Subscribe glued to the first title, pairs', () => {
    const text = dump(50);
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(real.split('\n').slice(0, 2));
    expect(lines[2]).toMatch(/^Subscribe\S/);
    expect(lines.length).toBe(2 + 50 * 2 + 1);
    expect(readRealPairs(text).pairs).toHaveLength(50);
  });

  it('is deterministic for the same N and seed, and differs with the seed', () => {
    expect(dump(200)).toBe(dump(200));
    expect(dump(200, 7)).not.toBe(dump(200));
  });

  it('gives unique titles and realistic abstract lengths', () => {
    const { pairs } = readRealPairs(dump(2000));
    expect(new Set(pairs.map(([t]) => t.toLowerCase())).size).toBe(2000);
    const mean = pairs.reduce((s, [, a]) => s + a.length, 0) / pairs.length;
    expect(mean).toBeGreaterThan(700);
    expect(mean).toBeLessThan(2500);
  });

  it('does not split sentences after abbreviations', () => {
    expect(splitSentences('We use e.g. Ring attention. It works.')).toEqual([
      'We use e.g. Ring attention.',
      'It works.',
    ]);
  });
});
