import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearchIndex, indexFromData, loadIndex } from './engine';
import { decodeHead } from './index-codec';
import { searchIndex, searchWithInfo, serializeIndex } from '../../testing/ranked-hits';
import type { SearchDoc } from './index-data';
import { parseQuery } from './query';

const docs: SearchDoc[] = [
  {
    title: 'Transformer-XL: Attentive Language Models',
    name: 'Transformer-XL',
    abstract: 'Segment recurrence.',
  },
  { title: 'Compressing the KV cache', abstract: 'We evict entries of the KV cache.' },
  { title: 'A kvcache library', abstract: 'Our kvcache offloads keys.' },
  { title: 'Mamba2 at scale', abstract: 'Mamba-2 with state space duality.' },
  { title: 'Long-context retrieval', abstract: 'Models for long context inputs.' },
  {
    title: 'Longformer: The Long-Document Transformer',
    name: 'Longformer',
    abstract: 'Attention that scales linearly.',
  },
  {
    title: 'Attention with Linear Biases',
    abstract: 'ALiBi biases attention scores. Linear in distance.',
  },
  { title: 'Caféine networks', abstract: 'Naïve models of coffee.' },
];
const index = createSearchIndex(docs);
const ids = (q: string) => searchIndex(index, parseQuery(q)).map((h) => h.id);

describe('searchIndex: spellings of the same thing', () => {
  it('matches Transformer-XL however it is typed', () => {
    for (const q of ['transformer-xl ', 'transformer xl ', 'transformerxl ', 'Transformer-XL '])
      expect(ids(q)[0], q).toBe(0);
  });
  it('matches KV cache, KV-cache and kvcache alike', () => {
    for (const q of ['kv cache ', 'KV-cache ', 'kvcache '])
      expect(ids(q).sort(), q).toEqual([1, 2]);
  });
  it('matches Mamba2, Mamba-2 and mamba 2 alike', () => {
    for (const q of ['mamba2 ', 'Mamba-2 ', 'mamba 2 ']) expect(ids(q), q).toEqual([3]);
  });
  it('matches long-context, long context and longcontext alike', () => {
    for (const q of ['long-context ', 'long context ', 'longcontext '])
      expect(ids(q), q).toContain(4);
  });
  it('ignores case, diacritics and plurals', () => {
    expect(ids('cafeine naive model ')).toEqual([7]);
    expect(ids('bias ')).toEqual([6]);
  });
});

describe('searchIndex: syntax', () => {
  it('prefix-matches only the word being typed', () => {
    expect(ids('longfor')).toEqual([5]);
    expect(ids('longfor ')).toEqual([]);
  });
  it('finds typos of long words, not of short ones', () => {
    expect(ids('longfromer ')).toEqual([5]);
    expect(ids('atention ')).toContain(6);
    expect(ids('kx ')).toEqual([]);
  });
  it('requires phrases and drops exclusions', () => {
    expect(ids('"linear biases"')).toEqual([6]);
    expect(ids('"biases linear"')).toEqual([]);
    expect(ids('attention ')).toContain(6);
    expect(ids('attention -alibi ')).toContain(5);
    expect(ids('attention -alibi ')).not.toContain(6);
    expect(ids('attention -"linear biases"')).not.toContain(6);
    expect(ids('attention -"biases linear"')).toContain(6);
    expect(ids('"linear bi')).toEqual([6]);
  });
  it('falls back to OR when no paper has every word', () => {
    const r = searchWithInfo(index, parseQuery('longformer alibi '));
    expect(r.relaxed).toBe(true);
    expect(r.hits.map((h) => h.id).sort()).toEqual([5, 6]);
    expect(searchWithInfo(index, parseQuery('longformer ')).relaxed).toBe(false);
  });
  it('returns every paper in corpus order for an empty query, and all but excluded for -x', () => {
    expect(ids('')).toEqual(docs.map((_, i) => i));
    expect(ids('-attention ')).toEqual([0, 1, 2, 3, 4, 7]);
  });
  it('ranks the paper named after a term first and reports matched terms', () => {
    const hits = searchIndex(index, parseQuery('longformer '));
    expect(hits[0]).toMatchObject({ id: 5, terms: ['longformer'] });
  });
});

describe('searchIndex: authors', () => {
  const withAuthors: SearchDoc[] = [
    {
      title: 'Longformer: The Long-Document Transformer',
      abstract: 'Attention that scales linearly.',
      authors: ['Iz Beltagy', 'Matthew E. Peters', 'Arman Cohan'],
    },
    { title: 'Context windows', abstract: 'Long inputs.', authors: ['Ada Long', 'Iz Peters'] },
    { title: 'Long context retrieval', abstract: 'Retrieval for long inputs.' },
  ];
  const authored = createSearchIndex(withAuthors);
  const found = (q: string) => searchIndex(authored, parseQuery(q)).map((h) => h.id);
  it('finds a paper by an author, a full name as a phrase, and not across two authors', () => {
    expect(found('beltagy ')).toEqual([0]);
    expect(found('peters ').sort()).toEqual([0, 1]);
    expect(found('"matthew e. peters"')).toEqual([0]);
    expect(found('"iz peters"')).toEqual([1]);
  });
  it('counts an author named like a query word as no title match', () => {
    // Paper 1's author is called Long; paper 2 has "long" in its title and ranks first.
    expect(found('long inputs ')).toEqual([2, 1]);
  });
  it('searches authors from the head of the index file, before the abstracts arrive', () => {
    const head = indexFromData(decodeHead(serializeIndex(authored)));
    expect(searchIndex(head, parseQuery('cohan ')).map((h) => h.id)).toEqual([0]);
  });
});

describe('serializeIndex / loadIndex', () => {
  it('gives the same results after a binary round trip', () => {
    const loaded = loadIndex(serializeIndex(index), docs);
    for (const q of [
      'kvcache ',
      'transformerxl',
      '"linear biases"',
      'longfromer ',
      'mamba 2 -state',
    ]) {
      expect(searchIndex(loaded, parseQuery(q)), q).toEqual(searchIndex(index, parseQuery(q)));
    }
  });
  it('rejects foreign or truncated bytes with a clear message', () => {
    expect(() => loadIndex(new TextEncoder().encode('{"x":1}'), docs)).toThrow(/unsupported/);
    const bytes = serializeIndex(index);
    expect(() => loadIndex(bytes.subarray(0, bytes.length - 3), docs)).toThrow(
      /unsupported|truncated/,
    );
  });
  it("says when the index is another build's (its format version differs)", () => {
    const bytes = serializeIndex(index).slice();
    new DataView(bytes.buffer).setUint32(4, 1, true);
    expect(() => loadIndex(bytes, docs)).toThrow(
      'the search index is from another version of the site',
    );
  });
});

describe('robustness', () => {
  it('never throws on any query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
        const hits = searchIndex(index, parseQuery(q));
        expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
      }),
      { numRuns: 500 },
    );
    expect(() =>
      searchIndex(index, parseQuery(`${'a-'.repeat(2500)} ${'"x'.repeat(100)}`)),
    ).not.toThrow();
  });

  it('answers a query alike whatever was asked before it (the AND kept between keys)', () => {
    const words = ['kv', 'cache', 'long', 'context', 'attention', 'linear', 'model', 'mamba'];
    const query = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).chain((ws) =>
      fc.nat({ max: 6 }).map((cut) => {
        const q = ws.join(' ');
        return q.slice(0, Math.max(1, q.length - cut));
      }),
    );
    const warm = createSearchIndex(docs);
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 6 }), (qs) => {
        for (const q of qs)
          expect(searchIndex(warm, parseQuery(q)), q).toEqual(
            searchIndex(createSearchIndex(docs), parseQuery(q)),
          );
      }),
      { numRuns: 200 },
    );
  });
});
