import { useEffect } from 'react';
import { usePrefs } from '../stores/prefs-store';

/** Mirrors the theme preference onto <html data-theme>; "system" leaves it to prefers-color-scheme. */
export function useApplyTheme(): void {
  const theme = usePrefs((s) => s.theme);
  const density = usePrefs((s) => s.density);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.dataset.density = density;
  }, [theme, density]);
}
