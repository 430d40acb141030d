/** Hosts a citation must never point at: this machine and private names. */
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|[^.]+|.+\.local)$/i;

/** Where the page was served from (window.location in the browser). */
interface PageLocation {
  protocol: string;
  hostname: string;
  origin: string;
}

/**
 * The public site, for citations: `configured` (SITE_URL from the build) when it is an http(s)
 * address, else the site the page came from (`base`, the app's base path, on `page`'s origin)
 * unless that is a local address (a citation to localhost helps nobody). Undefined when neither.
 */
export function publicSiteUrl(
  configured: unknown,
  base: string,
  page: PageLocation,
): string | undefined {
  if (typeof configured === 'string' && /^https?:\/\//.test(configured)) return configured;
  if (!/^https?:$/.test(page.protocol) || LOCAL_HOST.test(page.hostname)) return undefined;
  return new URL(base, page.origin).href;
}
