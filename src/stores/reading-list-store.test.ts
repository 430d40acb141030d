// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useReadingList } from './reading-list-store';
import {
  READING_LIST_BACKUP_KEY,
  READING_LIST_KEY,
  deleteBackup,
  listBackups,
} from './reading-list-storage';
import { dismissStorageNotices, getStorageNotices } from './persisted';
import { FakeStorage } from '../testing/fake-storage';

let fake: FakeStorage;
const slugs = () => useReadingList.getState().items.map((i) => i.slug);
const stored = () => JSON.parse(fake.getItem(READING_LIST_KEY) ?? 'null') as unknown;

async function load(raw: string | null) {
  if (raw !== null) fake.map.set(READING_LIST_KEY, raw);
  await useReadingList.persist.rehydrate();
}

beforeEach(() => {
  fake = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, value: fake });
  dismissStorageNotices();
  useReadingList.setState({ items: [] });
  fake.clear();
});
afterEach(() => dismissStorageNotices());

describe('reading list store', () => {
  it('adds, toggles, removes and restores, persisting v2', async () => {
    await load(null);
    const s = useReadingList.getState();
    s.add('a');
    s.add('b');
    s.add('a');
    s.toggle('c');
    expect(slugs()).toEqual(['a', 'b', 'c']);
    const [a] = useReadingList.getState().items;
    s.toggle('a');
    expect(slugs()).toEqual(['b', 'c']);
    s.restore(a!, 0);
    expect(slugs()).toEqual(['a', 'b', 'c']);
    expect(stored()).toMatchObject({
      version: 2,
      state: { items: [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }] },
    });
    expect(s.importSlugs(['c', 'd', 'bad slug', 'd'])).toBe(1);
    expect(slugs()).toEqual(['a', 'b', 'c', 'd']);
    expect(getStorageNotices()).toEqual([]);
  });

  it('reads back a valid v2 list with its dates', async () => {
    await load(JSON.stringify({ state: { items: [{ slug: 'x', addedAt: 1234 }] }, version: 2 }));
    expect(useReadingList.getState().items).toEqual([{ slug: 'x', addedAt: 1234 }]);
    expect(getStorageNotices()).toEqual([]);
  });

  it('migrates a v1 list without losing an entry and rewrites it as v2', async () => {
    const v1 = ['longformer-the-long-document-transformer', 'mamba', 'hyena-hierarchy'];
    await load(JSON.stringify({ state: { slugs: v1 }, version: 1 }));
    expect(slugs()).toEqual(v1);
    expect(stored()).toMatchObject({ version: 2, state: { items: v1.map((slug) => ({ slug })) } });
    expect(getStorageNotices()).toEqual([]);
  });

  it('reads a bare array of slugs as v1', async () => {
    await load('["a","b"]');
    expect(slugs()).toEqual(['a', 'b']);
  });

  it.each([
    ['garbage JSON', '{not json', /not valid JSON/],
    ['a wrong shape', '{"foo":1}', /unexpected shape/],
    ['a number', '42', /unexpected shape/],
    ['a wrong state', '{"state":{"items":"a,b"},"version":2}', /unexpected shape/],
    ['a future version', '{"state":{"everything":[]},"version":9}', /newer version/],
  ])('resets %s with a notice, keeping a backup of the raw value', async (_name, raw, message) => {
    await load(raw);
    expect(slugs()).toEqual([]);
    const notices = getStorageNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(message);
    expect(notices[0]).toContain(READING_LIST_BACKUP_KEY);
    expect(fake.getItem(READING_LIST_BACKUP_KEY)).toBe(raw);
    // The page keeps working: a new star is saved.
    useReadingList.getState().add('a');
    expect(stored()).toMatchObject({ version: 2, state: { items: [{ slug: 'a' }] } });
  });

  it('keeps what validates: non-string slugs and duplicates are left out, the rest stays', async () => {
    const raw = JSON.stringify({
      state: {
        items: [
          { slug: 'a', addedAt: 5 },
          { slug: 3 },
          { slug: 'a', addedAt: 6 },
          { slug: 'b', addedAt: 7 },
        ],
      },
      version: 2,
    });
    await load(raw);
    expect(useReadingList.getState().items).toEqual([
      { slug: 'a', addedAt: 5 },
      { slug: 'b', addedAt: 7 },
    ]);
    expect(getStorageNotices()[0]).toMatch(/2 unreadable or duplicate entries.*2 papers were kept/);
    expect(fake.getItem(READING_LIST_BACKUP_KEY)).toBe(raw);
  });

  it('keeps the valid items of a future version', async () => {
    await load(
      JSON.stringify({ state: { items: [{ slug: 'a', addedAt: 5 }], tags: {} }, version: 3 }),
    );
    expect(slugs()).toEqual(['a']);
    expect(getStorageNotices()[0]).toMatch(/newer version.*1 paper was kept/);
  });

  it('never overwrites an older, different backup', async () => {
    fake.map.set(READING_LIST_BACKUP_KEY, 'older');
    await load('garbage');
    expect(fake.getItem(READING_LIST_BACKUP_KEY)).toBe('older');
    const other = [...fake.map.keys()].find((k) => k.startsWith(`${READING_LIST_BACKUP_KEY}:`));
    expect(other && fake.getItem(other)).toBe('garbage');
    expect(listBackups().map((b) => b.raw)).toEqual(['older', 'garbage']);
    deleteBackup(READING_LIST_BACKUP_KEY);
    expect(listBackups().map((b) => b.raw)).toEqual(['garbage']);
  });

  it('reports a full quota on write and keeps the list in memory', async () => {
    await load(null);
    fake.full = true;
    useReadingList.getState().add('a');
    expect(slugs()).toEqual(['a']);
    expect(getStorageNotices()[0]).toMatch(/could not be saved/);
  });

  it('survives blocked storage', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    await useReadingList.persist.rehydrate();
    useReadingList.getState().add('a');
    expect(slugs()).toEqual(['a']);
    expect(getStorageNotices().join(' ')).toMatch(/blocked/);
  });
});
