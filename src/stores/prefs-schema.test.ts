import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PREFS,
  PREFS_VERSION,
  migratePrefs,
  parseStoredPrefs,
  readPrefsState,
} from './prefs-schema';

const isValid = (p: { theme: unknown; density: unknown }) =>
  ['system', 'light', 'dark'].includes(p.theme as string) &&
  ['comfortable', 'compact'].includes(p.density as string);

describe('readPrefsState', () => {
  it('keeps valid settings and reports nothing', () => {
    expect(readPrefsState({ theme: 'dark', density: 'compact' })).toEqual({
      prefs: { theme: 'dark', density: 'compact' },
    });
  });
  it('fills a missing field quietly (older versions lacked it)', () => {
    expect(readPrefsState({ theme: 'light' })).toEqual({
      prefs: { theme: 'light', density: 'comfortable' },
    });
    expect(readPrefsState({})).toEqual({ prefs: DEFAULT_PREFS });
  });
  it('resets an unrecognised field, keeps the others, and names it', () => {
    const r = readPrefsState({ theme: 'purple', density: 'compact', extra: 1 });
    expect(r.prefs).toEqual({ theme: 'system', density: 'compact' });
    expect(r.problem).toMatch(/\(theme\)/);
    expect(readPrefsState({ theme: 1, density: null }).problem).toMatch(/\(theme, density\)/);
  });
  it('reports a state that is not an object', () => {
    for (const s of [null, 'dark', 42, ['dark'], true]) {
      const r = readPrefsState(s);
      expect(r.prefs).toEqual(DEFAULT_PREFS);
      expect(r.problem).toMatch(/unexpected shape/);
    }
  });
});

describe('migratePrefs', () => {
  it('reads v0 (theme only) without a notice', () => {
    expect(migratePrefs({ theme: 'dark' }, 0)).toEqual({
      prefs: { theme: 'dark', density: 'comfortable' },
    });
  });
  it('keeps what still validates from a future version, and says so', () => {
    const r = migratePrefs({ theme: 'dark', density: 'compact', fontSize: 18 }, PREFS_VERSION + 5);
    expect(r.prefs).toEqual({ theme: 'dark', density: 'compact' });
    expect(r.problem).toMatch(/newer version/);
  });
  it('treats a negative or fractional version as unknown', () => {
    for (const v of [-1, 0.5, Number.NaN])
      expect(migratePrefs({ theme: 'light' }, v).problem).toMatch(/unknown version/);
  });
});

describe('parseStoredPrefs', () => {
  it('reads the envelope zustand writes', () => {
    expect(parseStoredPrefs('{"state":{"theme":"dark"},"version":1}')).toEqual({
      stored: { state: { theme: 'dark' }, version: 1 },
    });
  });
  it('reads an envelope without a version as the oldest one', () => {
    expect(parseStoredPrefs('{"state":{"theme":"dark"}}').stored?.version).toBe(0);
    expect(parseStoredPrefs('{"state":{},"version":"2"}').stored?.version).toBe(0);
  });
  it('rejects garbage and foreign shapes with a reason', () => {
    expect(parseStoredPrefs('{oops')).toMatchObject({
      stored: null,
      problem: expect.stringMatching(/not valid JSON/),
    });
    for (const raw of [
      'null',
      '"dark"',
      '[1,2]',
      '{"theme":"dark"}',
      '{"state":"dark","version":1}',
      '{"state":null}',
    ]) {
      expect(parseStoredPrefs(raw), raw).toMatchObject({
        stored: null,
        problem: expect.stringMatching(/unexpected shape/),
      });
    }
  });
  it('never throws and always ends in valid preferences, on any text or JSON', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ state: v, version: 1 })),
    );
    fc.assert(
      fc.property(anyText, (raw) => {
        const { stored, problem } = parseStoredPrefs(raw);
        if (stored === null) {
          expect(problem).toBeTruthy();
          return;
        }
        expect(isValid(migratePrefs(stored.state, stored.version).prefs)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
