import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { useCorpus } from '../../corpus/corpus-client';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { usePapers } from '../../corpus/use-paper-details';
import type { PaperMeta } from '../../lib/corpus-format';
import { NotFoundPage } from '../not-found-page';
import { LoadingPage, LoadErrorPage } from '../load-state';
import type { PaperPage as PaperPageType } from '../../features/paper/paper-page';

type PageModule = { PaperPage: typeof PaperPageType };
let pageModule: PageModule | undefined;
// Loaded with the route: the search page's first load does not carry it.
const loadPage = (): Promise<PageModule> =>
  import('../../features/paper/paper-page').then((m) => (pageModule = m));
const LazyPaperPage = lazy(() => loadPage().then((m) => ({ default: m.PaperPage })));
// The map's thumbnail is map code: its own chunk, composed into the page here.
const MapThumbnail = lazy(() =>
  import('../../features/map/map-thumbnail').then((m) => ({ default: m.MapThumbnail })),
);

/** Loads the page's code ahead (a prerendered page is replaced only once it is in). */
export function preloadPaperPage(): Promise<unknown> {
  return loadPage();
}

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
  const thumbnail = (
    <Suspense fallback={null}>
      <MapThumbnail corpus={corpus} index={paper.index} slug={paper.slug} />
    </Suspense>
  );
  // Code already loaded renders in this pass: a Suspense boundary would show its fallback first.
  const Page = pageModule?.PaperPage;
  if (Page) return <Page paper={paper} corpus={corpus} mapThumbnail={thumbnail} />;
  return (
    <Suspense fallback={<LoadingPage />}>
      <LazyPaperPage paper={paper} corpus={corpus} mapThumbnail={thumbnail} />
    </Suspense>
  );
}
