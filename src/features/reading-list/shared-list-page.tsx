import { useState } from 'react';
import { Link } from 'react-router';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { loadPapers } from '../../corpus/use-paper-details';
import { pathWithIds, type IdsParam } from '../../lib/url/ids-param';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useReadingList } from '../../stores/reading-list-store';
import { IdsProblems } from '../../components/ids-problems';
import { MAX_COMPARE, MIN_COMPARE, type ExportSlot } from './reading-list-page';
import '../../styles/reading-list.css';

interface Props {
  corpus: LoadedCorpus;
  parsed: IdsParam;
  renderExport?: ExportSlot;
}

/** A list someone shared by URL: read-only until imported into this browser's list. */
export function SharedListPage({ corpus, parsed, renderExport }: Props) {
  useDocumentTitle('Shared reading list');
  const importSlugs = useReadingList((s) => s.importSlugs);
  const mine = useReadingList((s) => s.items);
  const [result, setResult] = useState<string | null>(null);

  const papers = parsed.ids.flatMap((id) => corpus.bySlug.get(id) ?? []);
  const unknown = parsed.ids.filter((id) => !corpus.bySlug.has(id));
  const already = papers.filter((p) => mine.some((i) => i.slug === p.slug)).length;
  const n = papers.length;

  const doImport = () => {
    const added = importSlugs(papers.map((p) => p.slug));
    const rest = n - added;
    setResult(
      `Added ${added} ${added === 1 ? 'paper' : 'papers'} to your reading list` +
        (rest > 0 ? ` (${rest} ${rest === 1 ? 'was' : 'were'} already there).` : '.'),
    );
  };

  return (
    <main id="main" className="page page--narrow reading-list-page">
      <h1>Shared reading list</h1>
      <p>
        {n === 0
          ? 'This link holds no paper from this collection.'
          : `Someone shared ${n} ${n === 1 ? 'paper' : 'papers'} with you. This list is read-only until you import it.`}
      </p>
      <IdsProblems parsed={parsed} unknown={unknown} />
      {n > 0 && (
        <>
          <div className="rl-toolbar">
            <button type="button" className="button button--primary" onClick={doImport}>
              Import into my reading list
            </button>
            {n >= MIN_COMPARE && n <= MAX_COMPARE && (
              <Link
                className="button"
                to={pathWithIds(
                  '/compare',
                  papers.map((p) => p.slug),
                )}
              >
                Compare these papers
              </Link>
            )}
            {renderExport?.(
              () =>
                loadPapers(
                  corpus,
                  papers.map((p) => p.index),
                ),
              `the ${n} shared ${n === 1 ? 'paper' : 'papers'}`,
            )}
          </div>
          <p role="status" className="rl-import-status">
            {result ??
              (already > 0
                ? `${already} of these ${already === 1 ? 'is' : 'are'} already in your list.`
                : '')}
          </p>
          <ol className="rl-list rl-list--shared" aria-label="Shared papers">
            {papers.map((p) => (
              <li key={p.slug} className="rl-item">
                <div className="rl-body">
                  <h2 className="rl-title">
                    <Link to={`/paper/${p.slug}`}>{p.title}</Link>
                  </h2>
                  {p.name && (
                    <p className="rl-meta">
                      <span className="chip chip--name">{p.name}</span>
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <Link to="/reading-list">
          {result ? 'Open my reading list' : 'Go to my own reading list'}
        </Link>
      </p>
    </main>
  );
}
