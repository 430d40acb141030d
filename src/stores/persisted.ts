/**
 * Stored state that never breaks the page: notices about data that had to be reset or could not
 * be saved (shown once by the layout), and writes that cannot throw.
 */
import type { PersistStorage } from 'zustand/middleware';

type Listener = () => void;
let notices: string[] = [];
const listeners = new Set<Listener>();

export function reportStorageNotice(message: string): void {
  if (notices.includes(message)) return;
  notices = [...notices, message];
  listeners.forEach((l) => l());
}
export function dismissStorageNotices(): void {
  notices = [];
  listeners.forEach((l) => l());
}
export function subscribeStorageNotices(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export function getStorageNotices(): string[] {
  return notices;
}

/**
 * The writing half of a persist storage that never throws: a refused write (full quota, blocked
 * storage) shows `unsaved` once; the values then last as long as the tab.
 */
export function quietWrites<S>(unsaved: string): Pick<PersistStorage<S>, 'setItem' | 'removeItem'> {
  return {
    setItem: (name, value) => {
      try {
        window.localStorage.setItem(name, JSON.stringify(value));
      } catch {
        reportStorageNotice(unsaved);
      }
    },
    removeItem: (name) => {
      try {
        window.localStorage.removeItem(name);
      } catch {
        /* nothing to keep */
      }
    },
  };
}
