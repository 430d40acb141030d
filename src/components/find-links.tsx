import { useState } from 'react';
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

/**
 * A result's "Find" disclosure. The links are built only once it is opened: results are rebuilt
 * on every keystroke, and eight links times 25 results would cost the keystroke's frame.
 */
export function FindMenu({ paper }: { paper: Findable }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="find-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="find-summary">
        Find<span className="visually-hidden"> this paper: {paper.title}</span>
      </summary>
      {open && (
        <div className="find-panel">
          <FindLinkList paper={paper} />
        </div>
      )}
    </details>
  );
}
