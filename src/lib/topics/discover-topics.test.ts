import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDump } from '../dump/parse-dump';
import { cleanText } from '../dump/clean-text';
import { slugify } from '../dump/slug';
import { discoverTopics, MAX_TOPICS, topicCount } from './discover-topics';
import { isBoilerplate } from './boilerplate';
import { MAX_TOPICS_PER_PAPER } from './membership';

const papers = parseDump(
  readFileSync(
    new URL('../../../tests/fixtures/dev-dumps/generation-topic.txt', import.meta.url),
    'utf8',
  ),
).papers.map((p) => ({ title: cleanText(p.title), abstract: cleanText(p.abstract) }));

describe('discoverTopics', () => {
  const found = discoverTopics(papers);

  it('is deterministic: the same papers give the same topics, ids and members', () => {
    expect(discoverTopics(papers)).toEqual(found);
  });

  it('gives 1–3 topics per paper, main first, every one with its evidence', () => {
    for (const list of found.papers) {
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(MAX_TOPICS_PER_PAPER);
      expect(new Set(list.map((m) => m.topic)).size).toBe(list.length);
      for (const m of list.slice(1)) expect(m.evidence.length).toBeGreaterThan(0);
    }
  });

  it('names topics with phrases, never boilerplate, with unique slug ids, largest first', () => {
    expect(found.topics.length).toBeGreaterThanOrEqual(4);
    expect(found.topics.length).toBeLessThanOrEqual(MAX_TOPICS);
    const ids = found.topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of found.topics) {
      expect(isBoilerplate(t.name), t.name).toBe(false);
      expect(t.id.startsWith(slugify(t.name))).toBe(true);
      expect(t.phrases.length).toBeGreaterThan(0);
    }
    const counts = found.topics.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const members = found.papers.flat().length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(members);
  });

  it('copes with tiny and empty listings', () => {
    expect(discoverTopics([])).toMatchObject({ topics: [], papers: [] });
    const one = discoverTopics([{ title: 'A', abstract: 'the' }]);
    expect(one.topics).toEqual([]);
    expect(one.papers).toEqual([[]]);
    // Five papers: clusters of one paper share no phrase with another, so they name nothing.
    const five = discoverTopics([
      { title: 'Longformer', abstract: 'Sparse attention scales linearly with sequence length.' },
      { title: 'Big Bird', abstract: 'Sparse attention reduces the quadratic cost to linear.' },
      { title: 'FlashAttention', abstract: '' },
      { title: 'Mamba', abstract: 'Selective state spaces model sequences in linear time.' },
      { title: 'Reformer', abstract: 'Hashing makes training on long sequences less costly.' },
    ]);
    for (const t of five.topics) expect(t.phrases.length, t.name).toBeGreaterThan(0);
    expect(new Set(five.topics.map((t) => t.name)).size).toBe(five.topics.length);
  });

  it('adapts the number of topics to the listing, within the cap', () => {
    expect(topicCount(100)).toBeGreaterThanOrEqual(8);
    expect(topicCount(500)).toBeLessThanOrEqual(30);
    expect(topicCount(100_000)).toBe(MAX_TOPICS);
  });
});
