import type { PaperLink } from '../lib/types';
import { LINK_LABELS } from '../lib/types';
import { ExternalLink } from './external-link';

/** A paper's links, each after a badge of its kind (code, project page, …). */
export function LinkList({ links, className }: { links: PaperLink[]; className: string }) {
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.url}>
          <span className={`badge badge--${l.kind}`}>{LINK_LABELS[l.kind]}</span>{' '}
          <ExternalLink href={l.url} />
        </li>
      ))}
    </ul>
  );
}
