import { usePrefs, type Theme } from '../stores/prefs-store';

const NEXT: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const LABEL: Record<Theme, string> = {
  system: 'System theme',
  dark: 'Dark theme',
  light: 'Light theme',
};

export function ThemeToggle() {
  const theme = usePrefs((s) => s.theme);
  const setTheme = usePrefs((s) => s.setTheme);
  return (
    <button
      type="button"
      className="button button--ghost theme-toggle"
      onClick={() => setTheme(NEXT[theme])}
      title={`${LABEL[theme]} (click to switch to ${LABEL[NEXT[theme]].toLowerCase()})`}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>{' '}
      <span className="narrow-hidden">{LABEL[theme]}</span>
    </button>
  );
}
