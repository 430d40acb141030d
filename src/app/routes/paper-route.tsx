import { useParams } from 'react-router';
import { useCorpus } from '../../data/use-corpus';
import type { LoadedCorpus } from '../../data/corpus-client';
import { usePapers } from '../../data/use-paper-details';
import type { PaperMeta } from '../../lib/corpus-format';
import { PaperPage } from '../../features/paper/paper-page';
import { NotFoundPage } from '../not-found-page';
import { LoadingPage, LoadErrorPage } from '../load-state';

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
  return <PaperPage paper={paper} corpus={corpus} />;
}
