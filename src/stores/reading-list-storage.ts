import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { quietWrites, reportStorageNotice } from './persisted';
import type { ReadingItem } from './reading-list-schema';
import { isRecord } from '../lib/guards';

export const READING_LIST_KEY = 'paper-explorer:reading-list';
export const READING_LIST_BACKUP_KEY = 'paper-explorer:reading-list:backup';

export interface PersistedReadingList {
  items: ReadingItem[];
}

/** The raw value read at the last hydration, so that a reset can back it up first ("nothing is lost"). */
let lastRaw: string | null = null;

/** Copies a raw stored value aside; returns the key it went to, or null when storage refused. */
function backupRaw(raw: string, now: Date = new Date()): string | null {
  try {
    const existing = window.localStorage.getItem(READING_LIST_BACKUP_KEY);
    // Never overwrite an older, different backup: the new one gets its own key.
    const key =
      existing === null || existing === raw
        ? READING_LIST_BACKUP_KEY
        : `${READING_LIST_BACKUP_KEY}:${now.toISOString()}`;
    window.localStorage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** Backs up what was read (once per read) and tells the user what happened and where the copy is. */
export function reportUnreadable(problem: string, kept: number): void {
  const key = lastRaw !== null ? backupRaw(lastRaw) : null;
  lastRaw = null;
  const keptText =
    kept > 0 ? `${kept} ${kept === 1 ? 'paper was' : 'papers were'} kept` : 'It was reset';
  const copyText = key
    ? `a copy of the original was saved in this browser's storage under “${key}”`
    : 'no copy of the original could be saved';
  reportStorageNotice(`Your reading list ${problem}. ${keptText}; ${copyText}.`);
}

/**
 * localStorage for the reading list that never throws. Garbage JSON and foreign shapes are
 * backed up and reported; a body without a version goes through migrate like an old one.
 */
export const readingListStorage: PersistStorage<PersistedReadingList> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = window.localStorage.getItem(name);
    } catch {
      reportStorageNotice('Your reading list could not be loaded (browser storage is blocked).');
      return null;
    }
    lastRaw = raw;
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      reportUnreadable('could not be read (it is not valid JSON)', 0);
      return null;
    }
    // A bare list of slugs is the v1 body without its envelope.
    if (Array.isArray(parsed))
      return {
        state: { slugs: parsed },
        version: 1,
      } as unknown as StorageValue<PersistedReadingList>;
    if (!isRecord(parsed) || !('state' in parsed)) {
      reportUnreadable('had an unexpected shape', 0);
      return null;
    }
    const version = typeof parsed.version === 'number' ? parsed.version : -1;
    return { state: parsed.state, version } as StorageValue<PersistedReadingList>;
  },
  ...quietWrites(
    'Your reading list could not be saved (browser storage is full or blocked). Changes last until this tab is closed.',
  ),
};

export interface Backup {
  key: string;
  raw: string;
}

/** Copies of unreadable lists kept by reportUnreadable, oldest key first. */
export function listBackups(): Backup[] {
  try {
    const ls = window.localStorage;
    const out: Backup[] = [];
    for (let i = 0; i < ls.length; i++) {
      const key = ls.key(i);
      if (
        key === null ||
        !(key === READING_LIST_BACKUP_KEY || key.startsWith(`${READING_LIST_BACKUP_KEY}:`))
      )
        continue;
      const raw = ls.getItem(key);
      if (raw !== null) out.push({ key, raw });
    }
    return out.sort((a, b) => a.key.localeCompare(b.key));
  } catch {
    return [];
  }
}

export function deleteBackup(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* blocked storage: nothing to delete */
  }
}
