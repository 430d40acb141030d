import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acronymTable, longFormOf } from './acronyms';
import { loadIndex, searchCompact } from './search/engine';
import { buildIndexData } from './search/index-build';
import { encodeIndex } from './search/index-codec';
import { parseQuery } from './search/query';

describe('longFormOf (Schwartz and Hearst)', () => {
  it.each([
    ['VLMs', 'Recent vision-language models', 'vision-language models'],
    ['LLM', 'We prompt a Large Language Model', 'Large Language Model'],
    ['LoRA', 'fine-tuned with Low-Rank Adaptation', 'Low-Rank Adaptation'],
    ['SSMs', 'such as state space models', 'state space models'],
    ['RL', 'trained with reinforcement learning', 'reinforcement learning'],
  ])('finds the long form of %s', (short, before, long) => {
    expect(longFormOf(short, before)).toBe(long);
  });

  it('finds none where a letter is missing or the form is one word', () => {
    expect(longFormOf('T2I', 'for text-to-image generation')).toBeNull();
    expect(longFormOf('AR', 'an autoregressive')).toBeNull();
    expect(longFormOf('KV', 'we study the cache')).toBeNull();
  });

  it("returns a tail of the text that starts with the acronym's first letter", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Za-z0-9]{1,4}$/),
        fc.array(word, { maxLength: 12 }),
        (short, words) => {
          const before = words.join(' ');
          const long = longFormOf(short, before);
          if (long === null) return;
          expect(before.endsWith(long)).toBe(true);
          expect(long[0]!.toLowerCase()).toBe(short[0]!.toLowerCase());
        },
      ),
    );
  });
});

describe('acronymTable', () => {
  it('keeps the long form most definitions give, and drops an acronym defined two ways alike', () => {
    const table = acronymTable([
      'We use reinforcement learning (RL) here.',
      'Reinforcement learning (RL) again.',
      'Random labels (RL) once.',
      'Flow matching (FM) and foundation models (FMs).',
    ]);
    expect(table.get('rl')).toEqual(['reinforcement', 'learning']);
    expect(table.has('fm')).toBe(false);
  });

  it('reads a lowercase s as a plural and a capital S as a letter', () => {
    const table = acronymTable(['Vision-language models (VLMs) and text-to-speech (TTS) systems.']);
    expect([...table.keys()].sort()).toEqual(['tts', 'vlm']);
  });

  it('leaves out an acronym the texts mostly write as a lowercase word', () => {
    const table = acronymTable([
      'A maximum a posteriori (MAP) estimate.',
      'Each feature map and attention map.',
      'Reinforcement learning (RL) with RL.',
    ]);
    expect([...table.keys()]).toEqual(['rl']);
  });
});

describe('the index with acronyms', () => {
  const docs = [
    { title: 'Probing vision-language models', abstract: 'Vision-language models (VLMs) see.' },
    { title: 'Grounding for vision language models', abstract: 'We ground them in text.' },
    { title: 'A VLM benchmark', abstract: 'It tests each VLM.' },
    { title: 'Vision for robots', abstract: 'Language and models, apart.' },
  ];
  const data = buildIndexData(docs, acronymTable(docs.map((d) => `${d.title}. ${d.abstract}`)));
  const index = loadIndex(encodeIndex(data), docs);
  const found = (q: string) => {
    const r = searchCompact(index, parseQuery(q));
    return Array.from(r.docs.subarray(0, r.size)).sort();
  };

  it('finds papers that only write the long form out, not papers holding its words apart', () => {
    expect(found('VLM ')).toEqual([0, 1, 2]);
    expect(found('VLMs ')).toEqual([0, 1, 2]);
  });

  it('keeps the long form in the index file and names it in the notes', () => {
    expect(index.data.acronyms.get('vlm')).toEqual(['vision', 'language', 'models']);
    expect(searchCompact(index, parseQuery('VLM ')).notes?.longForms).toEqual([
      ['VLM', 'vision language models'],
    ]);
    // In quotes, the letters only: no paper is found through the long form, and none is said to be.
    expect(found('"VLM"')).toEqual([2]);
    expect(searchCompact(index, parseQuery('"VLM"')).notes).toBeUndefined();
  });
});
