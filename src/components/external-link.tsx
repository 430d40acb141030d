import type { ReactNode } from 'react';
import { safeHttpUrl } from '../lib/safe-url';

/** Outbound link: only http(s), opened without an opener or referrer. Anything else renders as text. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const url = safeHttpUrl(href);
  if (!url) return <span>{children ?? href}</span>;
  return (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {children ?? href}
    </a>
  );
}
