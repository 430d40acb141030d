/** The site's root as the browser sees it (origin plus Vite's base path): exported links use it. */
export function siteBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
