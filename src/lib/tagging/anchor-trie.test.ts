import { describe, expect, it } from 'vitest';
import { AnchorTrie } from './anchor-trie';

function walk(trie: AnchorTrie, text: string): { anchors: string[]; requirements: number[] } {
  const anchors: string[] = [];
  const requirements: number[] = [];
  trie.walk(text, 0, {
    anchor: (id, _field, start) => anchors.push(`${id}@${start}`),
    requirement: (id) => requirements.push(id),
  });
  return { anchors, requirements };
}

describe('AnchorTrie', () => {
  const trie = new AnchorTrie();
  trie.add('mamba', 'prefix-anchor', 1);
  trie.add('kv', 'word-anchor', 2);
  trie.add('cache', 'word-requirement', 7);

  it('reports prefix anchors inside longer words and whole-word anchors only on whole words', () => {
    expect(walk(trie, 'Mamba2 and KV cache, not KVM').anchors).toEqual(['1@0', '2@11']);
  });
  it('reports requirement words, case-insensitively', () => {
    expect(walk(trie, 'the CACHE').requirements).toEqual([7]);
    expect(walk(trie, 'caches').requirements).toEqual([]);
  });
  it('handles words at the very end and non-ASCII around them', () => {
    expect(walk(trie, 'é–kv').anchors).toEqual(['2@2']);
  });
  it('rejects anchors that are not plain words', () => {
    expect(() => trie.add('i/o', 'word-anchor', 3)).toThrow(/plain word/);
  });
});
