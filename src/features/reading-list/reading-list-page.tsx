import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Paper } from '../../lib/types';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { loadPapers } from '../../corpus/use-paper-details';
import { pathWithIds } from '../../lib/url/ids-param';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useReadingList, type ReadingItem } from '../../stores/reading-list-store';
import { SavedItem } from './saved-item';
import { ShareLinkButton } from './share-link-button';
import { BackupPanel } from './backup-panel';
import '../../styles/reading-list.css';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** getPapers loads the papers' details (abstracts, links) when the export runs. */
export type ExportSlot = (getPapers: () => Promise<Paper[]>, what: string) => ReactNode;

interface Props {
  corpus: LoadedCorpus;
  /** The export menu, composed by the route (features do not import each other). */
  renderExport?: ExportSlot;
}

export function ReadingListPage({ corpus, renderExport }: Props) {
  useDocumentTitle('Reading list');
  const items = useReadingList((s) => s.items);
  const remove = useReadingList((s) => s.remove);
  const restore = useReadingList((s) => s.restore);
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string[]>([]);
  const [removed, setRemoved] = useState<{
    item: ReadingItem;
    index: number;
    title: string;
  } | null>(null);
  const [compareMessage, setCompareMessage] = useState('');

  const known = items.flatMap((i) => corpus.bySlug.get(i.slug) ?? []);
  // Selection survives only for papers still in the list.
  const chosen = selected.filter((s) => items.some((i) => i.slug === s && corpus.bySlug.has(s)));

  const onRemove = (item: ReadingItem, index: number) => {
    remove(item.slug);
    setRemoved({ item, index, title: corpus.bySlug.get(item.slug)?.title ?? item.slug });
  };
  const compare = () => {
    if (chosen.length < MIN_COMPARE || chosen.length > MAX_COMPARE) {
      setCompareMessage(
        `Select ${MIN_COMPARE} to ${MAX_COMPARE} papers to compare (${chosen.length} selected).`,
      );
      return;
    }
    void navigate(pathWithIds('/compare', chosen));
  };

  return (
    <main id="main" className="page page--narrow reading-list-page">
      <h1>Reading list</h1>
      <p className="muted">
        {items.length === 0
          ? 'Nothing saved yet.'
          : `${items.length} ${items.length === 1 ? 'paper' : 'papers'} saved in this browser.`}
      </p>
      {removed && (
        <div className="rl-undo">
          <p role="status">Removed “{removed.title}”.</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              restore(removed.item, removed.index);
              setRemoved(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      {items.length === 0 ? (
        <p>
          Save papers with their <span aria-hidden="true">☆</span> “Save to reading list” button on
          the <Link to="/">search page</Link> or on a paper’s page; they are kept in this browser.
        </p>
      ) : (
        <>
          <div className="rl-toolbar">
            <ShareLinkButton slugs={items.map((i) => i.slug)} />
            {known.length > 0 &&
              renderExport?.(
                () =>
                  loadPapers(
                    corpus,
                    known.map((p) => p.index),
                  ),
                `the ${known.length} ${known.length === 1 ? 'paper' : 'papers'} in your reading list`,
              )}
          </div>
          <ul className="rl-list" aria-label="Saved papers">
            {items.map((item, index) => (
              <SavedItem
                key={item.slug}
                item={item}
                paper={corpus.bySlug.get(item.slug)}
                selected={chosen.includes(item.slug)}
                onSelect={(on) => {
                  setCompareMessage('');
                  setSelected((s) =>
                    on
                      ? [...s.filter((x) => x !== item.slug), item.slug]
                      : s.filter((x) => x !== item.slug),
                  );
                }}
                onRemove={() => onRemove(item, index)}
              />
            ))}
          </ul>
          {known.length >= MIN_COMPARE && (
            <div className="rl-compare">
              <button type="button" className="button button--primary" onClick={compare}>
                Compare selected ({chosen.length})
              </button>
              <p className="muted" role="status">
                {compareMessage ||
                  `Tick ${MIN_COMPARE} to ${MAX_COMPARE} papers to see them side by side.`}
              </p>
            </div>
          )}
        </>
      )}
      <BackupPanel />
    </main>
  );
}
