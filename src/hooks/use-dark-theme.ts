import { usePrefs } from '../stores/prefs-store';
import { useMediaQuery } from './use-media-query';

/** Whether the page is dark: the reader's choice, or the system's when they chose "system". */
export function useDarkTheme(): boolean {
  const theme = usePrefs((s) => s.theme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return theme === 'dark' || (theme === 'system' && systemDark);
}
