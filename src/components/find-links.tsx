import { findLinks } from '../lib/paper-ids/find-links';
import type { Paper } from '../lib/types';
import { ExternalLink } from './external-link';
import '../styles/find-links.css';

type Findable = Pick<Paper, 'title' | 'arxiv' | 'doi'>;

/** Links to the paper itself (arXiv page, PDF, DOI) when its ids are known, then title searches. */
export function FindLinkList({ paper }: { paper: Findable }) {
  return (
    <ul className="find-links">
      {findLinks(paper).map((l) => (
        <li key={l.url} className={l.direct ? 'find-link find-link--direct' : 'find-link'}>
          <ExternalLink href={l.url}>{l.label}</ExternalLink>
        </li>
      ))}
    </ul>
  );
}
