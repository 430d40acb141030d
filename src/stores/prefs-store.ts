import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { jsonStorage, reportStorageNotice } from './persisted';

export type Theme = 'system' | 'light' | 'dark';
export type Density = 'comfortable' | 'compact';

export interface Prefs {
  theme: Theme;
  density: Density;
}
interface PrefsState extends Prefs {
  setTheme: (t: Theme) => void;
  setDensity: (d: Density) => void;
}

export const PREFS_VERSION = 1;
const DEFAULTS: Prefs = { theme: 'system', density: 'comfortable' };

/** Validation on read: anything unexpected falls back to the default, field by field. */
export function validatePrefs(raw: unknown): Prefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    theme: r.theme === 'light' || r.theme === 'dark' || r.theme === 'system' ? r.theme : DEFAULTS.theme,
    density: r.density === 'compact' || r.density === 'comfortable' ? r.density : DEFAULTS.density,
  };
}

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setTheme: (theme) => set({ theme }),
      setDensity: (density) => set({ density }),
    }),
    {
      name: 'paper-explorer:prefs',
      version: PREFS_VERSION,
      storage: jsonStorage('preferences'),
      partialize: (s) => ({ theme: s.theme, density: s.density }),
      // Version 0 had no density; older or unknown shapes are validated field by field.
      migrate: (persisted, version) => {
        if (version > PREFS_VERSION) {
          reportStorageNotice('Your preferences were saved by a newer version and were reset.');
          return DEFAULTS;
        }
        return validatePrefs(persisted);
      },
      merge: (persisted, current) => {
        if (persisted !== undefined && (typeof persisted !== 'object' || persisted === null)) {
          reportStorageNotice('Your saved preferences could not be read and were reset.');
        }
        return { ...current, ...validatePrefs(persisted) };
      },
    },
  ),
);
