import { useCallback, useMemo, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  // One MediaQueryList per query: reading it on every render is cheap, creating one is not. A
  // browser without matchMedia (jsdom) matches nothing.
  const mql = useMemo(() => window.matchMedia?.(query), [query]);
  const subscribe = useCallback(
    (notify: () => void) => {
      mql?.addEventListener('change', notify);
      return () => mql?.removeEventListener('change', notify);
    },
    [mql],
  );
  return useSyncExternalStore(subscribe, () => mql?.matches ?? false);
}
