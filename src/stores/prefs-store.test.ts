// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFS_KEY, PREFS_VERSION, usePrefs } from './prefs-store';
import { dismissStorageNotices, getStorageNotices } from './persisted';
import { FakeStorage } from '../testing/fake-storage';

let fake: FakeStorage;
const prefs = () => ({ theme: usePrefs.getState().theme, density: usePrefs.getState().density });
const stored = () => JSON.parse(fake.getItem(PREFS_KEY) ?? 'null') as unknown;

async function load(raw: string | null) {
  if (raw !== null) fake.map.set(PREFS_KEY, raw);
  await usePrefs.persist.rehydrate();
}

beforeEach(() => {
  fake = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, value: fake });
  usePrefs.setState({ theme: 'system', density: 'comfortable' });
  fake.clear();
  dismissStorageNotices();
});
afterEach(() => dismissStorageNotices());

describe('preferences store', () => {
  it('starts with the defaults and saves changes with a version', async () => {
    await load(null);
    expect(prefs()).toEqual({ theme: 'system', density: 'comfortable' });
    usePrefs.getState().setTheme('dark');
    expect(stored()).toEqual({
      state: { theme: 'dark', density: 'comfortable' },
      version: PREFS_VERSION,
    });
    expect(getStorageNotices()).toEqual([]);
  });

  it('reads back what it saved', async () => {
    await load(
      JSON.stringify({ state: { theme: 'light', density: 'compact' }, version: PREFS_VERSION }),
    );
    expect(prefs()).toEqual({ theme: 'light', density: 'compact' });
    expect(getStorageNotices()).toEqual([]);
  });

  it('migrates v0 (no density) quietly and rewrites it as the current version', async () => {
    await load(JSON.stringify({ state: { theme: 'dark' }, version: 0 }));
    expect(prefs()).toEqual({ theme: 'dark', density: 'comfortable' });
    expect(stored()).toEqual({
      state: { theme: 'dark', density: 'comfortable' },
      version: PREFS_VERSION,
    });
    expect(getStorageNotices()).toEqual([]);
  });

  const damaged: [string, string, RegExp, object][] = [
    [
      'garbage JSON',
      '{definitely not json',
      /not valid JSON/,
      { theme: 'system', density: 'comfortable' },
    ],
    ['a non-object', '"dark"', /unexpected shape/, { theme: 'system', density: 'comfortable' }],
    ['null', 'null', /unexpected shape/, { theme: 'system', density: 'comfortable' }],
    [
      'no envelope',
      '{"theme":"dark"}',
      /unexpected shape/,
      { theme: 'system', density: 'comfortable' },
    ],
    [
      'a wrong state shape',
      '{"state":["dark"],"version":1}',
      /unexpected shape/,
      { theme: 'system', density: 'comfortable' },
    ],
    [
      'unknown values',
      '{"state":{"theme":"purple","density":"compact"},"version":1}',
      /not recognise \(theme\)/,
      { theme: 'system', density: 'compact' },
    ],
    [
      'a future version',
      '{"state":{"theme":"dark","fontSize":3},"version":99}',
      /newer version/,
      { theme: 'dark', density: 'comfortable' },
    ],
  ];
  for (const [name, raw, notice, expected] of damaged) {
    it(`recovers from ${name} with a notice, once`, async () => {
      await load(raw);
      expect(prefs()).toEqual(expected);
      expect(getStorageNotices()).toEqual([expect.stringMatching(notice)]);
      // The repaired value was written back: the next visit is quiet.
      expect(stored()).toEqual({ state: expected, version: PREFS_VERSION });
      dismissStorageNotices();
      await usePrefs.persist.rehydrate();
      expect(prefs()).toEqual(expected);
      expect(getStorageNotices()).toEqual([]);
    });
  }

  it('keeps working in memory when the quota is full, with a notice', async () => {
    await load(
      JSON.stringify({ state: { theme: 'light', density: 'comfortable' }, version: PREFS_VERSION }),
    );
    fake.full = true;
    usePrefs.getState().setTheme('dark');
    expect(prefs().theme).toBe('dark');
    expect(getStorageNotices()).toEqual([
      expect.stringMatching(/could not be saved .*full or blocked/),
    ]);
    // What was stored before is untouched.
    expect(stored()).toEqual({
      state: { theme: 'light', density: 'comfortable' },
      version: PREFS_VERSION,
    });
  });

  it('works with defaults when storage is blocked altogether', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    await load(null);
    expect(prefs()).toEqual({ theme: 'system', density: 'comfortable' });
    expect(getStorageNotices()).toEqual([]);
    usePrefs.getState().setDensity('compact');
    expect(prefs().density).toBe('compact');
    expect(getStorageNotices()).toEqual([expect.stringMatching(/could not be saved/)]);
  });
});
