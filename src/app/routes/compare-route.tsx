import { useSearchParams } from 'react-router';
import { useCorpus } from '../../data/use-corpus';
import { parseIdsParam } from '../../lib/url/ids-param';
import { ComparePage } from '../../features/compare/compare-page';
import { LoadingPage, LoadErrorPage } from '../load-state';

export function CompareRoute() {
  const [params] = useSearchParams();
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return <ComparePage corpus={state.corpus} parsed={parseIdsParam(params.get('ids'))} />;
}
