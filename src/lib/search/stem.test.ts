import { describe, expect, it } from 'vitest';
import { isStopword, processTerm, stem } from './stem';

describe('stem', () => {
  it('joins singular and plural forms', () => {
    const pairs: [string, string][] = [
      ['model', 'models'],
      ['attention', 'attentions'],
      ['cache', 'caches'],
      ['bias', 'biases'],
      ['memory', 'memories'],
      ['patch', 'patches'],
      ['process', 'processes'],
      ['idea', 'ideas'],
      ['sequence', 'sequences'],
    ];
    for (const [one, many] of pairs) expect(stem(one), `${one}/${many}`).toBe(stem(many));
  });
  it('joins an adjective in -ic to its noun where a stem of two syllables is left, as Porter does', () => {
    const pairs: [string, string][] = [
      ['robot', 'robotic'],
      ['robots', 'robotics'],
      ['agent', 'agentic'],
      ['symbol', 'symbolic'],
      ['semantic', 'semantics'],
    ];
    for (const [a, b] of pairs) expect(stem(b), `${a}/${b}`).toBe(stem(a));
    // One syllable would be left: these stay whole, so "log" never finds "logic".
    for (const w of ['logic', 'graphic', 'critic', 'physic', 'public', 'topic', 'basic', 'classic'])
      expect(stem(w)).toBe(w);
    expect(stem('critical')).toBe('critical');
  });
  it('leaves short words, -ss/-us/-is words, numbers and other suffixes alone', () => {
    for (const w of [
      'kv',
      'ssm',
      'loss',
      'corpus',
      'analysis',
      'bias',
      '128k',
      'training',
      'attention',
    ]) {
      expect(stem(w)).toBe(w === '128k' ? '128k' : w);
    }
  });
});

describe('processTerm', () => {
  it('drops stopwords, lone letters and run-away tokens; keeps lone digits', () => {
    expect(isStopword('the')).toBe(true);
    expect(processTerm('the')).toBeNull();
    expect(processTerm('k')).toBeNull();
    expect(processTerm('2')).toBe('2');
    expect(processTerm('x'.repeat(41))).toBeNull();
    expect(processTerm('models')).toBe('model');
  });
});
