/** Hosts a citation must never point at: this machine and private names. */
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|[^.]+|.+\.local)$/i;

/**
 * The public site, for citations: SITE_URL from the build, else the site the page came from
 * unless that is a local address (a citation to localhost helps nobody). Undefined when neither.
 */
export function publicSiteUrl(): string | undefined {
  const configured: unknown = import.meta.env.SITE_URL;
  if (typeof configured === 'string' && /^https?:\/\//.test(configured)) return configured;
  const { protocol, hostname, origin } = window.location;
  if (!/^https?:$/.test(protocol) || LOCAL_HOST.test(hostname)) return undefined;
  return new URL(import.meta.env.BASE_URL, origin).href;
}
