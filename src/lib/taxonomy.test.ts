import { describe, expect, it } from 'vitest';
import {
  getValue,
  idsOf,
  isKnownId,
  labelOf,
  orderOf,
  parseTaxonomy,
  TAXONOMY,
  valuesOf,
} from './taxonomy';

describe('taxonomy', () => {
  it('exposes the groups in file order', () => {
    expect(idsOf('technique')).toHaveLength(19);
    expect(idsOf('modality')).toHaveLength(11);
    expect(idsOf('contribution')).toEqual([
      'method',
      'system',
      'analysis',
      'benchmark',
      'survey',
      'resource',
    ]);
    expect(valuesOf('technique')[0]?.definition).toBeTruthy();
  });

  it('answers lookups and never throws on unknown ids', () => {
    expect(isKnownId('technique', 'kv-cache')).toBe(true);
    expect(isKnownId('modality', 'kv-cache')).toBe(false);
    expect(isKnownId('technique', '__proto__')).toBe(false);
    expect(labelOf('technique', 'kv-cache')).toBe('KV cache management');
    expect(labelOf('technique', '<b>x</b>')).toBe('<b>x</b>');
    expect(getValue('contribution', 'survey')?.label).toBe('Survey');
    expect(orderOf('modality', 'text')).toBe(0);
    expect(orderOf('modality', 'nope')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects malformed taxonomies with a clear message', () => {
    expect(() => parseTaxonomy({ technique: [], modality: [] })).toThrow(/contribution/);
    expect(() => parseTaxonomy({ technique: [['a']], modality: [], contribution: [] })).toThrow(
      /technique\[0\]/,
    );
    expect(() =>
      parseTaxonomy({
        technique: [
          ['a', 'A'],
          ['a', 'B'],
        ],
        modality: [],
        contribution: [],
      }),
    ).toThrow(/duplicate/);
    expect(
      parseTaxonomy({ technique: [['a', 'A', 'def']], modality: [['m', 'M']], contribution: [] })
        .modality,
    ).toEqual([{ id: 'm', label: 'M' }]);
  });

  it('is the shipped taxonomy', () => {
    expect(TAXONOMY.modality.map((v) => v.id)).toContain('time-series');
  });
});
