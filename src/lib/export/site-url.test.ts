import { describe, expect, it } from 'vitest';
import { publicSiteUrl } from './site-url';

const page = (origin: string) => {
  const url = new URL(origin);
  return { protocol: url.protocol, hostname: url.hostname, origin: url.origin };
};

describe('publicSiteUrl', () => {
  it('prefers the configured SITE_URL', () => {
    expect(publicSiteUrl('https://papers.example.org/', '/', page('http://localhost:4173'))).toBe(
      'https://papers.example.org/',
    );
  });
  it('else uses the public site the page came from, with its base path', () => {
    expect(publicSiteUrl(undefined, '/explorer/', page('https://example.org'))).toBe(
      'https://example.org/explorer/',
    );
  });
  it('never cites a local address', () => {
    for (const origin of [
      'http://localhost:4173',
      'http://127.0.0.1',
      'http://box',
      'http://x.local',
    ])
      expect(publicSiteUrl('', '/', page(origin)), origin).toBeUndefined();
  });
});
