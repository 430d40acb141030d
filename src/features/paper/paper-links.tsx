import type { PaperLink } from '../../lib/types';
import { LinkList } from '../../components/link-list';

export function PaperLinks({ links }: { links: PaperLink[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">Links</h2>
      <LinkList links={links} className="link-list" />
    </section>
  );
}
