import { Link } from 'react-router';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { usePapers } from '../../corpus/use-paper-details';
import type { IdsParam } from '../../lib/url/ids-param';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { IdsProblems } from '../../components/ids-problems';
import { CompareColumn, compareRows } from './compare-column';
import '../../styles/compare.css';

const MIN = 2;
const MAX = 4;

interface Props {
  corpus: LoadedCorpus;
  parsed: IdsParam;
}

/** `/compare?ids=a,b[,c,d]`: 2 to 4 papers side by side; any other link explains itself. */
export function ComparePage({ corpus, parsed }: Props) {
  useDocumentTitle('Compare papers');
  const found = parsed.ids.flatMap((id) => corpus.bySlug.get(id) ?? []);
  const unknown = parsed.ids.filter((id) => !corpus.bySlug.has(id));
  const shown = found.slice(0, MAX);
  // Columns show abstracts and links: the papers' details shards load first.
  const { papers: full, error } = usePapers(
    corpus,
    shown.map((p) => p.index),
  );
  const rows = full ? compareRows(full) : null;

  let message: string | null = null;
  if (found.length < MIN) {
    message =
      parsed.ids.length === 0 && parsed.invalidCount === 0
        ? `Choose ${MIN} to ${MAX} papers to compare: tick them in your reading list.`
        : `Comparing needs ${MIN} to ${MAX} papers from this collection; this link has ${found.length}.`;
  } else if (found.length > MAX) {
    message = `You can compare up to ${MAX} papers at a time; this link has ${found.length}. The first ${MAX} are shown.`;
  }

  return (
    <main id="main" className="page compare-page">
      <h1>Compare papers</h1>
      {message && (
        <p className="compare-message" role="note">
          {message}
        </p>
      )}
      <IdsProblems parsed={parsed} unknown={unknown} />
      {shown.length >= MIN && (
        <p className={`compare-hint compare-hint--${shown.length} muted`}>
          Scroll sideways to see {shown.length === 2 ? 'both papers' : `all ${shown.length} papers`}
          .
        </p>
      )}
      {shown.length >= MIN && !full && (
        <p role="status" aria-busy="true">
          {error ? `The papers could not be loaded: ${error}` : 'Loading papers…'}
        </p>
      )}
      {shown.length >= MIN && full && rows && (
        // A keyboard user can scroll the region when the columns overflow (phones).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="compare-scroll" role="region" aria-label="Papers side by side" tabIndex={0}>
          <div className={`compare-grid compare-grid--${shown.length}`}>
            {full.map((p) => (
              <CompareColumn key={p.slug} paper={p} rows={rows} />
            ))}
          </div>
        </div>
      )}
      <p className="compare-back">
        <Link to="/reading-list">Back to your reading list</Link>
      </p>
    </main>
  );
}
