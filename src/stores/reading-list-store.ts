import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  READING_LIST_VERSION,
  mergeSlugs,
  migrateReadingList,
  readV2,
  type ReadingItem,
} from './reading-list-schema';
import { READING_LIST_KEY, readingListStorage, reportUnreadable } from './reading-list-storage';

export type { ReadingItem } from './reading-list-schema';

export interface ReadingListState {
  items: ReadingItem[];
  add: (slug: string) => void;
  remove: (slug: string) => void;
  toggle: (slug: string) => void;
  /** Puts a removed item back where it was (undo). */
  restore: (item: ReadingItem, index: number) => void;
  /** Adds the slugs not yet in the list; returns how many were added. */
  importSlugs: (slugs: readonly string[]) => number;
}

export const useReadingList = create<ReadingListState>()(
  persist(
    (set, get) => ({
      items: [],
      add: (slug) => set((s) => ({ items: mergeSlugs(s.items, [slug], Date.now()).items })),
      remove: (slug) => set((s) => ({ items: s.items.filter((i) => i.slug !== slug) })),
      toggle: (slug) =>
        get().items.some((i) => i.slug === slug) ? get().remove(slug) : get().add(slug),
      restore: (item, index) =>
        set((s) => {
          if (s.items.some((i) => i.slug === item.slug)) return s;
          const items = [...s.items];
          items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
          return { items };
        }),
      importSlugs: (slugs) => {
        const { items, added } = mergeSlugs(get().items, slugs, Date.now());
        if (added > 0) set({ items });
        return added;
      },
    }),
    {
      name: READING_LIST_KEY,
      version: READING_LIST_VERSION,
      storage: readingListStorage,
      partialize: (s) => ({ items: s.items }),
      migrate: (persisted, version) => {
        const { items, problem } = migrateReadingList(persisted, version, Date.now());
        if (problem) reportUnreadable(problem, items.length);
        return { items } as ReadingListState;
      },
      // Runs on every read (after migrate too): nothing unvalidated reaches the UI.
      merge: (persisted, current) => {
        if (persisted === undefined) return { ...current, items: [] };
        const { items, problem } = readV2(persisted, Date.now());
        if (problem) reportUnreadable(problem, items.length);
        return { ...current, items };
      },
    },
  ),
);

// Another tab changed the list: read it again (through the same validation).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === READING_LIST_KEY || e.key === null) void useReadingList.persist.rehydrate();
  });
}

export function useIsStarred(slug: string): boolean {
  return useReadingList((s) => s.items.some((i) => i.slug === slug));
}
