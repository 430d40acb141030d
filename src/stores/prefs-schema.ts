/**
 * Stored preferences: their shape per version, and how any stored value is read.
 * Pure (no DOM): prefs-store.ts wires it to localStorage.
 *
 * v0: { theme }            (before density existed)
 * v1: { theme, density }
 */
import { isRecord } from '../lib/guards';

export type Theme = 'system' | 'light' | 'dark';
export type Density = 'comfortable' | 'compact';

export interface Prefs {
  theme: Theme;
  density: Density;
}

export const PREFS_VERSION = 1;
export const DEFAULT_PREFS: Readonly<Prefs> = { theme: 'system', density: 'comfortable' };

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const DENSITIES: readonly Density[] = ['comfortable', 'compact'];

/** What was read, and a short phrase when something was wrong with it (the store reports it). */
export interface PrefsRead {
  prefs: Prefs;
  problem?: string;
}

/** The envelope zustand's persist middleware writes: `{ state, version }`. */
export interface StoredPrefs {
  state: unknown;
  version: number;
}

function pick<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): { value: T; bad: boolean } {
  if (value === undefined) return { value: fallback, bad: false };
  return allowed.includes(value as T)
    ? { value: value as T, bad: false }
    : { value: fallback, bad: true };
}

/**
 * Reads a state field by field. A missing field takes its default quietly (older versions lacked
 * it); a field that is present but unrecognised takes its default and is reported.
 */
export function readPrefsState(state: unknown): PrefsRead {
  if (!isRecord(state))
    return { prefs: { ...DEFAULT_PREFS }, problem: 'had an unexpected shape and were reset' };
  const theme = pick(state.theme, THEMES, DEFAULT_PREFS.theme);
  const density = pick(state.density, DENSITIES, DEFAULT_PREFS.density);
  const prefs: Prefs = { theme: theme.value, density: density.value };
  const bad = [theme.bad && 'theme', density.bad && 'density'].filter(Boolean);
  return bad.length > 0
    ? {
        prefs,
        problem: `had ${bad.length === 1 ? 'a setting' : 'settings'} that this version does not recognise (${bad.join(', ')}), reset to the default`,
      }
    : { prefs };
}

/** Any stored version to the current shape. A future version keeps the settings that still validate. */
export function migratePrefs(state: unknown, version: number): PrefsRead {
  const read = readPrefsState(state);
  if (version > PREFS_VERSION || !Number.isInteger(version) || version < 0) {
    const what =
      version > PREFS_VERSION
        ? 'were saved by a newer version of Paper Explorer'
        : 'had an unknown version';
    return {
      prefs: read.prefs,
      problem: `${what}; the settings this version understands were kept`,
    };
  }
  return read;
}

/**
 * Parses the raw stored text. Returns null (absent) for garbage or a foreign shape, with the
 * problem; an envelope without a usable version is read as version 0, the oldest shape.
 */
export function parseStoredPrefs(raw: string): { stored: StoredPrefs | null; problem?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { stored: null, problem: 'could not be read (it is not valid JSON) and were reset' };
  }
  if (!isRecord(parsed) || !isRecord(parsed.state))
    return { stored: null, problem: 'had an unexpected shape and were reset' };
  const version =
    typeof parsed.version === 'number' && Number.isFinite(parsed.version) ? parsed.version : 0;
  return { stored: { state: parsed.state, version } };
}
