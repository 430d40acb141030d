import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { useCorpus } from '../../data/use-corpus';
import type { LoadedCorpus } from '../../data/corpus-client';
import { usePapers } from '../../data/use-paper-details';
import type { PaperMeta } from '../../lib/corpus-format';
import { NotFoundPage } from '../not-found-page';
import { LoadingPage, LoadErrorPage } from '../load-state';

// Loaded with the route: the search page's first load does not carry it.
const PaperPage = lazy(() =>
  import('../../features/paper/paper-page').then((m) => ({ default: m.PaperPage })),
);

export function PaperRoute() {
  const { slug = '' } = useParams();
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  const meta = state.corpus.bySlug.get(slug);
  if (!meta) return <NotFoundPage detail="No paper in this collection has that address." />;
  return <PaperWithDetails key={meta.slug} meta={meta} corpus={state.corpus} />;
}

/** The page needs the paper's details (abstract, links, evidence), which arrive in its shard. */
function PaperWithDetails({ meta, corpus }: { meta: PaperMeta; corpus: LoadedCorpus }) {
  const { papers, error } = usePapers(corpus, [meta.index]);
  if (error) return <LoadErrorPage message={error} />;
  const paper = papers?.[0];
  if (!paper) return <LoadingPage />;
  return (
    <Suspense fallback={<LoadingPage />}>
      <PaperPage paper={paper} corpus={corpus} />
    </Suspense>
  );
}
