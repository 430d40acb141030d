import { createJSONStorage, type StateStorage } from 'zustand/middleware';

/** Notices about stored data that had to be reset; shown once by the layout. */
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
 * localStorage that never throws: blocked storage, a full quota or garbage JSON
 * must not break the page. Garbage is reported and treated as absent.
 */
function safeStorage(label: string): StateStorage {
  return {
    getItem: (name) => {
      try {
        const raw = window.localStorage.getItem(name);
        if (raw !== null) JSON.parse(raw);
        return raw;
      } catch {
        reportStorageNotice(`Your saved ${label} could not be read and were reset.`);
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        window.localStorage.setItem(name, value);
      } catch {
        reportStorageNotice(`Your ${label} could not be saved (storage is full or blocked).`);
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

export function jsonStorage(label: string) {
  return createJSONStorage(() => safeStorage(label));
}
