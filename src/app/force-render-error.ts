/**
 * Test hook for the error boundaries: e2e tests set `window.__PAPER_EXPLORER_FORCE_RENDER_ERROR__`
 * with an init script to make one level of the tree throw while rendering. Nothing a visitor
 * controls (URL, stored data, corpus) can set it; a script that could already runs in the page.
 */
export type ForcedErrorSpot = 'layout' | 'page' | 'error-page';

declare global {
  interface Window {
    __PAPER_EXPLORER_FORCE_RENDER_ERROR__?: unknown;
  }
}

/** Throws when the flag names `spot` (a string, or a list to make several levels fail at once). */
export function useForcedRenderError(spot: ForcedErrorSpot): void {
  const flag: unknown =
    typeof window === 'undefined' ? undefined : window.__PAPER_EXPLORER_FORCE_RENDER_ERROR__;
  if (flag === spot || (Array.isArray(flag) && flag.includes(spot))) {
    throw new Error(`Forced render error (${spot}), for testing the error boundary`);
  }
}
