import { lazy, Suspense, useState } from 'react';
import type { Paper } from '../lib/types';

// The links and their code load on first open: the search page's first load does not carry them.
const FindLinkList = lazy(() => import('./find-links').then((m) => ({ default: m.FindLinkList })));

/**
 * A result's "Find" disclosure. Its links are built only once it is opened: results are rebuilt
 * on every keystroke, and eight links times 25 results would cost the keystroke's frame.
 */
export function FindMenu({ paper }: { paper: Pick<Paper, 'title' | 'arxiv' | 'doi'> }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="find-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="find-summary">
        Find<span className="visually-hidden"> this paper: {paper.title}</span>
      </summary>
      {open && (
        <div className="find-panel">
          <Suspense fallback={<span className="muted">Loading…</span>}>
            <FindLinkList paper={paper} />
          </Suspense>
        </div>
      )}
    </details>
  );
}
