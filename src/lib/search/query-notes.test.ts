import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadIndex, searchCompact } from './engine';
import { serializeIndex } from '../../testing/ranked-hits';
import type { SearchDoc } from './index-data';
import { parseQuery } from './query';
import { correctedQuery } from './query-correction';

const docs: SearchDoc[] = [
  { title: 'Sparse attention at scale', abstract: 'A sparse attention pattern for long inputs.' },
  { title: 'Sparse mixtures', abstract: 'Sparse experts route tokens.' },
  { title: 'Linear attention', abstract: 'Attention in linear time with a KV cache.' },
  { title: 'Retrieval for long documents', abstract: 'Retrieval augmented generation.' },
];
const index = createSearchIndex(docs);
const notesOf = (q: string) => searchCompact(index, parseQuery(q)).notes;

describe('query notes', () => {
  it('says nothing when every word matched as typed and all together', () => {
    expect(notesOf('sparse attention ')).toBeUndefined();
    expect(notesOf('spar')).toBeUndefined();
  });

  it('names a misspelt word matched by a swap of two letters, and corrects it', () => {
    const r = searchCompact(index, parseQuery('sprase attention '));
    expect(r.relaxed).toBe(false);
    expect(r.size).toBe(1);
    expect(r.notes).toEqual({
      words: ['sprase', 'attention'],
      unmatched: [],
      respelled: ['sprase'],
      corrections: [['sprase', 'sparse']],
      longForms: [],
    });
  });

  it('names the word that matched nothing when the search falls back to any word', () => {
    const r = searchCompact(index, parseQuery('kv cahce retrieval '));
    expect(r.relaxed).toBe(true);
    expect(r.notes?.words).toEqual(['kv', 'cahce', 'retrieval']);
    expect(r.notes?.unmatched).toEqual(['cahce']);
    expect(r.notes?.corrections).toEqual([['cahce', 'cache']]);
    // All words match, just never together: the fall-back is said, nothing is corrected.
    expect(notesOf('sparse retrieval ')).toEqual({
      words: ['sparse', 'retrieval'],
      unmatched: [],
      respelled: [],
      corrections: [],
      longForms: [],
    });
  });

  it('does not report a word while it is too short to match as a prefix', () => {
    expect(notesOf('sparse zq')).toBeUndefined();
    expect(notesOf('sparse zqx')?.unmatched).toEqual(['zqx']);
  });

  it('corrects from the vocabulary of a loaded index as well (the worker’s)', () => {
    const loaded = loadIndex(serializeIndex(index));
    expect(searchCompact(loaded, parseQuery('retreival ')).notes?.corrections).toEqual([
      ['retreival', 'retrieval'],
    ]);
  });
});

describe('correctedQuery', () => {
  it('replaces whole words only, keeping the rest as typed', () => {
    expect(correctedQuery('Sprase attention -video', [['Sprase', 'sparse']])).toBe(
      'sparse attention -video',
    );
    expect(correctedQuery('sprases attention', [['sprase', 'sparse']])).toBeUndefined();
    expect(correctedQuery('"sprase attention"', [['sprase', 'sparse']])).toBe('"sparse attention"');
  });

  it('changes nothing but the corrected words', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), word, (words, fix) => {
        const q = words.join(' ');
        const out = correctedQuery(q, [[words[0]!, fix]]) ?? q;
        expect(out.split(' ').length).toBe(words.length);
        out.split(' ').forEach((w, i) => expect(w).toBe(words[i] === words[0] ? fix : words[i]));
      }),
    );
  });
});
