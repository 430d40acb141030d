import { useParams } from 'react-router';
import { useCorpus } from '../../data/use-corpus';
import { PaperPage } from '../../features/paper/paper-page';
import { NotFoundPage } from '../not-found-page';
import { LoadingPage, LoadErrorPage } from '../load-state';

export function PaperRoute() {
  const { slug = '' } = useParams();
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  const paper = state.corpus.bySlug.get(slug);
  if (!paper) return <NotFoundPage detail="No paper in this collection has that address." />;
  return <PaperPage paper={paper} corpus={state.corpus} />;
}
