import type { PaperLink } from '../../lib/types';
import { LINK_LABELS } from '../../lib/types';
import { ExternalLink } from '../../components/external-link';

export function PaperLinks({ links }: { links: PaperLink[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">Links</h2>
      <ul className="link-list">
        {links.map((l) => (
          <li key={l.url}>
            <span className={`badge badge--${l.kind}`}>{LINK_LABELS[l.kind]}</span>{' '}
            <ExternalLink href={l.url} />
          </li>
        ))}
      </ul>
    </section>
  );
}
