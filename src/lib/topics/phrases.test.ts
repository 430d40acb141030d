import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paperPhrases, walkWords } from './phrases';
import { isBoilerplate, URL_HINT, URL_LIKE } from './boilerplate';

const surfaces = (title: string, abstract: string) =>
  new Set(paperPhrases(title, abstract).hits.map((h) => h.surface));

describe('paperPhrases', () => {
  it('finds multi-word terms, keeps acronyms as written and folds plurals into one key', () => {
    const p = paperPhrases(
      'GUI Agents for Mobile Apps',
      'We study GUI agents. A GUI agent uses tools; tool use matters.',
    );
    const keys = new Map(p.hits.map((h) => [h.surface, h.key]));
    expect(keys.get('GUI agents')).toBe(keys.get('GUI agent'));
    expect(surfaces('', 'tool use matters for KV cache eviction')).toContain('KV cache eviction');
  });

  it('never makes a phrase of boilerplate, URLs or stock phrases', () => {
    const s = surfaces(
      'A State-of-the-Art Method',
      'Extensive experiments show that our approach outperforms existing methods and bridges the gap. ' +
        'Code is available at https://github.com/x/y and www.example.com/page.',
    );
    for (const bad of [
      'extensive experiments',
      'existing methods',
      'state',
      'art',
      'github',
      'gap',
    ])
      expect(s.has(bad), bad).toBe(false);
    expect([...s].some((x) => /github|https|example/.test(x))).toBe(false);
  });

  it('splits hyphenated method families into words of one run', () => {
    const s = surfaces('', 'A vision-language-action model for robots.');
    expect(s).toContain('vision language action');
  });

  it('reads acronym definitions', () => {
    const p = paperPhrases('', 'We use Group Relative Policy Optimization (GRPO) to train.');
    expect(p.acronyms.map(([a]) => a)).toEqual(['grpo']);
    // An expansion with a generic word ("models") is no phrase: the acronym stays itself.
    expect(paperPhrases('', 'Large language models (LLMs) are used.').acronyms).toEqual([]);
  });

  it('never throws and yields only phrases with a content word, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (t, a) => {
        const p = paperPhrases(t, a);
        for (const h of p.hits) {
          expect(h.key.length).toBeGreaterThan(0);
          expect(h.n).toBeGreaterThanOrEqual(1);
          expect(h.n).toBeLessThanOrEqual(4);
          expect(isBoilerplate(h.surface)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('walkWords', () => {
  // The two-step reading it replaced: split at run breakers, then the words of each piece.
  const SPLIT = /[.,;:!?()[\]{}"“”‘’«»|/\\<>=+*&%$#@~^]|\s[–—-]\s|\s'|'\s/;
  const WORD = /[A-Za-z0-9]+(?:['’]s)?/g;
  const oracle = (text: string) =>
    text
      .replace(/(\w)-(?=\w)/g, '$1 ')
      .split(SPLIT)
      .flatMap((piece) => [...[...piece.matchAll(WORD)].map((m) => m[0]), null]);
  const walked = (text: string) => {
    const out: (string | null)[] = [];
    walkWords(text, (w) => out.push(w));
    return out;
  };

  it('reads words and run breaks as splitting then matching did', () => {
    expect(walked("the model's  ‘GUI’ agent's - x, 3D")).toEqual(
      oracle("the model's  ‘GUI’ agent's - x, 3D"),
    );
    // Letters that spell no URL or stock phrase: what `prepare` removes is tested above.
    const text = fc
      .array(fc.constantFrom(...'abs1 ’‘\'-–—.,()" \n'.split(''), 'ab', 's', ' - '), {
        maxLength: 60,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(walked(t)).toEqual(oracle(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isBoilerplate', () => {
  it('rejects phrases made only of generic words, and URLs', () => {
    for (const b of ['extensive experiments', 'existing methods', 'code available', 'github.com/x'])
      expect(isBoilerplate(b), b).toBe(true);
    for (const ok of ['video generation', 'GUI agents', 'KV cache'])
      expect(isBoilerplate(ok), ok).toBe(false);
  });
});

describe('URL_HINT', () => {
  it('holds wherever URL_LIKE matches, so testing it first never keeps a URL', () => {
    const piece = fc.constantFrom(
      'http://',
      'https://',
      'www.',
      '.com',
      '.io',
      '.HTML',
      'a',
      '-',
      ' ',
      '/',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (new RegExp(URL_LIKE.source, 'i').test(text)) expect(URL_HINT.test(text)).toBe(true);
      }),
    );
  });
});
