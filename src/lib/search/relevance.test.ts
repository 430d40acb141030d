/**
 * Relevance on the real dump, with queries a reader would type and the papers a reader would
 * expect (judged from the abstracts). Reads data/papers.txt directly to stay independent of the
 * corpus build: lines 3.. alternate title / abstract; line 3 starts with a glued "Subscribe".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './engine';
import { searchIndex } from '../../testing/ranked-hits';
import type { SearchDoc } from './index-data';
import { parseQuery } from './query';

function loadDump(): SearchDoc[] {
  const lines = readFileSync(new URL('../../../data/papers.txt', import.meta.url), 'utf8').split(
    '\n',
  );
  const docs: SearchDoc[] = [];
  for (let i = 2; i + 1 < lines.length; i += 2) {
    const title = (lines[i] ?? '').replace(/^Subscribe/, '').trim();
    // A one-word prefix before ':' is the paper's name ("Longformer: ..."), as the corpus has it.
    const name = /^([^\s:]+):/.exec(title)?.[1];
    docs.push(
      name
        ? { title, name, abstract: lines[i + 1] ?? '' }
        : { title, abstract: lines[i + 1] ?? '' },
    );
  }
  return docs;
}

const docs = loadDump();
const index = createSearchIndex(docs);

/** Titles of the top results; the query gets a trailing space (typed and finished). */
function top(q: string, n: number): string[] {
  return searchIndex(index, parseQuery(`${q} `))
    .slice(0, n)
    .map((h) => docs[h.id]?.title ?? '');
}

const starts = (prefix: string) => (title: string) => title.startsWith(prefix);

describe('relevance on data/papers.txt', () => {
  it('has the whole dump', () => {
    expect(docs).toHaveLength(119);
    expect(docs[0]?.title).toMatch(/^Lodge: /);
  });

  const firsts: [string, string][] = [
    ['ring attention', 'World Model on Million-Length Video And Language With RingAttention'],
    ['alibi', 'Train Short, Test Long'],
    ['linear biases', 'Train Short, Test Long'],
    ['longformer', 'Longformer: The Long-Document Transformer'],
    ['longfromer', 'Longformer: The Long-Document Transformer'],
    ['rope extrapolation', 'HiRoPE'],
    [
      'sequence parallelism',
      'Sequence Parallelism: Long Sequence Training from System Perspective',
    ],
    ['sliding window attention', 'Sliding Window Attention Training'],
    ['speculative decoding', 'MagicDec'],
    ['ulysses', 'DeepSpeed Ulysses'],
    ['transformer-xl', 'Transformer-XL'],
    ['transformer xl', 'Transformer-XL'],
    ['transformerxl', 'Transformer-XL'],
    ['mamba 2', 'HybriDNA'],
    ['position encoding vision', 'V2PE'],
  ];
  it.each(firsts)('"%s" ranks %s first', (q, title) => {
    expect(top(q, 1)[0]).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('"kv cache compression" puts KV cache compressors in the top 3', () => {
    const t = top('kv cache compression', 3);
    expect(t.some(starts('SpeCache'))).toBe(true);
    expect(t.some(starts('LoCoCo'))).toBe(true);
  });

  it('"kvcache" and "KV-cache" find papers about the KV cache first', () => {
    for (const q of ['kvcache', 'KV-cache', 'kv cache']) {
      const t = top(q, 3);
      expect(t.some(starts('ShadowKV')), q).toBe(true);
      expect(t.some(starts('InfiniGen')), q).toBe(true);
    }
  });

  it('"state space" returns state space models first', () => {
    const ssm = [
      'Efficiently Modeling Long Sequences with Structured State Spaces',
      'Convolutional State Space Models',
      'LongSSM',
      'Samba',
      'Characterizing State Space Model',
      'Stuffed Mamba',
      'LongMamba',
    ];
    const t = top('state space', 5);
    expect(t.slice(0, 3).some(starts('Efficiently Modeling Long Sequences'))).toBe(true);
    for (const title of t)
      expect(
        ssm.some((s) => title.startsWith(s)),
        title,
      ).toBe(true);
  });

  it('"length extrapolation" returns the extrapolation papers first', () => {
    const t = top('length extrapolation', 4);
    for (const name of ['CLEX', 'Train Short', 'Softplus Attention', 'HiRoPE']) {
      expect(t.some(starts(name)), name).toBe(true);
    }
  });

  it('"dna" returns the two DNA language models first', () => {
    expect(
      top('dna', 2)
        .map((t) => t.split(':')[0])
        .sort(),
    ).toEqual(['HybriDNA', 'HyenaDNA']);
  });
});
