import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { quietWrites, reportStorageNotice } from './persisted';
import {
  DEFAULT_PREFS,
  PREFS_VERSION,
  migratePrefs,
  parseStoredPrefs,
  readPrefsState,
  type Density,
  type Prefs,
  type Theme,
} from './prefs-schema';

export type { Theme } from './prefs-schema';
export { PREFS_VERSION } from './prefs-schema';

export const PREFS_KEY = 'paper-explorer:prefs';

interface PrefsState extends Prefs {
  setTheme: (t: Theme) => void;
  setDensity: (d: Density) => void;
}

/** Set when a read found a problem, so that the repaired value is written back once. */
let repair = false;
function report(problem: string | undefined): void {
  if (!problem) return;
  repair = true;
  reportStorageNotice(`Your saved preferences ${problem}.`);
}

/**
 * localStorage for preferences that never throws. Garbage and foreign shapes are reported and read
 * as absent; blocked storage is quiet on read (the page works with defaults) and reported on write.
 */
const prefsStorage: PersistStorage<Prefs> = {
  getItem: (name) => {
    let raw: string | null;
    try {
      raw = window.localStorage.getItem(name);
    } catch {
      return null;
    }
    if (raw === null) return null;
    const { stored, problem } = parseStoredPrefs(raw);
    report(problem);
    return stored as { state: Prefs; version: number } | null;
  },
  ...quietWrites(
    'Your preferences could not be saved (browser storage is full or blocked). They last until this tab is closed.',
  ),
};

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFS,
      setTheme: (theme) => set({ theme }),
      setDensity: (density) => set({ density }),
    }),
    {
      name: PREFS_KEY,
      version: PREFS_VERSION,
      storage: prefsStorage,
      partialize: (s) => ({ theme: s.theme, density: s.density }),
      migrate: (persisted, version) => {
        const { prefs, problem } = migratePrefs(persisted, version);
        report(problem);
        return prefs as PrefsState;
      },
      // Runs on every read (after migrate too): nothing unvalidated reaches the page.
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const { prefs, problem } = readPrefsState(persisted);
        report(problem);
        return { ...current, ...prefs };
      },
      // Write the repaired value back, so a damaged one is reported once, not on every visit.
      onRehydrateStorage: () => (state) => {
        if (!repair || !state) return;
        repair = false;
        prefsStorage.setItem(PREFS_KEY, {
          state: { theme: state.theme, density: state.density },
          version: PREFS_VERSION,
        });
      },
    },
  ),
);
