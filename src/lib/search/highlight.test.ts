import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlight, snippetSegments } from './highlight';

/** The snippet's text. */
const snippet = (abstract: string, terms: readonly string[], maxLen?: number) =>
  snippetSegments(abstract, terms, maxLen)
    .map((s) => s.text)
    .join('');

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('');

describe('highlight', () => {
  it('marks whole words by stem, ignoring case and diacritics', () => {
    expect(marked('Structured State Spaces; statistics', ['stat', 'spac'])).toBe(
      'Structured [State] [Spaces]; statistics',
    );
    expect(marked('Café models', ['cafe', 'Model'])).toBe('[Café] [models]');
  });
  it('marks parts of glued words and glued terms over hyphens', () => {
    expect(marked('SpeCache, RingAttention, KV-cache', ['cach', 'ring', 'kvcache'])).toBe(
      'Spe[Cache], [Ring]Attention, [KV-cache]',
    );
  });
  it('marks phrases across punctuation and letter/digit edges', () => {
    expect(marked('Mamba2, Mamba-2 and mamba 2', ['mamba 2'])).toBe(
      '[Mamba2], [Mamba-2] and [mamba 2]',
    );
    expect(marked('Attention with Linear Biases (ALiBi)', ['linear biases'])).toBe(
      'Attention with [Linear Biases] (ALiBi)',
    );
  });
  it('marks neither word prefixes nor words inside words', () => {
    expect(marked('Attention attends', ['attent'])).toBe('Attention attends');
    expect(marked('retention', ['tention'])).toBe('retention');
  });
  it('marks glued and hyphenated words', () => {
    const title = 'FlashAttention-2: KV-Cache Compression for LongContext';
    expect(marked(title, ['kvcach', 'attention', 'context'])).toBe(
      'Flash[Attention]-2: [KV-Cache] Compression for Long[Context]',
    );
  });
  it('treats regex metacharacters as text', () => {
    expect(marked('a (b) c.*', ['.*', '(b)', '[', '\\'])).toBe('a ([b]) c.*');
  });
  it('joins back to the original text for any text and terms', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 5 }),
        (text, terms) => {
          const segs = highlight(text, terms);
          expect(segs.map((s) => s.text).join('')).toBe(text);
          for (const s of segs) expect(s.text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('joins back when terms are drawn from the text itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const term = text.slice(
            Math.min(a, b) % (text.length + 1),
            Math.max(a, b) % (text.length + 1),
          );
          expect(
            highlight(text, [term])
              .map((s) => s.text)
              .join(''),
          ).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

const ABSTRACT =
  'Transformers struggle with long inputs. We therefore introduce a simpler and more efficient ' +
  'position method, Attention with Linear Biases (ALiBi). ALiBi does not add positional ' +
  'embeddings to word embeddings. Instead, it biases attention scores with a penalty that is ' +
  'proportional to their distance. This works at 1.5 times the speed.';

describe('snippet', () => {
  it('picks the sentence with the most distinct terms, with ellipses where cut', () => {
    const s = snippet(ABSTRACT, ['alibi', 'linear', 'bias'], 140);
    expect(s).toContain('Attention with Linear Biases (ALiBi).');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(140 + 4);
  });
  it('adds a neighbouring sentence when there is room', () => {
    const s = snippet(ABSTRACT, ['penalty'], 260);
    expect(s).toMatch(/^… Instead, it biases .* speed\.$/);
  });
  it('opens the abstract when nothing matches', () => {
    expect(snippet(ABSTRACT, ['zebra'], 60)).toBe(
      'Transformers struggle with long inputs. We therefore …',
    );
    expect(snippet('Short.', [])).toBe('Short.');
  });
  it('windows a long sentence around the first match', () => {
    const long = `${'filler words here '.repeat(40)}the key term appears ${'more filler '.repeat(40)}`;
    const s = snippet(long, ['key'], 120);
    expect(s).toContain('key term');
    expect(s.length).toBeLessThanOrEqual(120 + 4);
  });
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
        (a, t) => {
          expect(typeof snippet(a, t, 100)).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('snippetSegments', () => {
  it('joins to the snippet, marks only whole matched words, and is unchanged by preparing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('Sparse', 'attention', 'KV-cache', 'long', 'context.', 'The', '4096'),
          {
            maxLength: 80,
          },
        ),
        fc.subarray(['spars', 'attent', 'kv', 'cach', 'context']),
        (words, terms) => {
          const abstract = words.join(' ');
          const before = snippetSegments(abstract, terms, 60);
          // Twice: the word caches give the same segments as a first reading.
          expect(snippetSegments(abstract, terms, 60)).toEqual(before);
          expect(before.map((s) => s.text).join('')).toBe(snippet(abstract, terms, 60));
          for (const s of before) if (s.hit) expect(s.text).toMatch(/^[\p{L}\p{N}-]+$/u);
        },
      ),
      { numRuns: 300 },
    );
  });
});
