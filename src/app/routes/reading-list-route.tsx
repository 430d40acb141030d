import { useSearchParams } from 'react-router';
import { useCorpus } from '../../corpus/corpus-client';
import { parseIdsParam } from '../../lib/url/ids-param';
import { ReadingListPage } from '../../features/reading-list/reading-list-page';
import { SharedListPage } from '../../features/reading-list/shared-list-page';
import { ExportMenu } from '../../features/export/export-menu';
import type { ExportSlot } from '../../features/reading-list/reading-list-page';
import { LoadingPage, LoadErrorPage } from '../load-state';

const renderExport: ExportSlot = (getPapers, what) => (
  <ExportMenu
    getPapers={getPapers}
    filePrefix="reading-list"
    what={what}
    heading="Reading list"
    align="start"
  />
);

/** `/reading-list` is this browser's list; `/reading-list?ids=…` is a list someone shared. */
export function ReadingListRoute() {
  const [params] = useSearchParams();
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  if (params.has('ids')) {
    return (
      <SharedListPage
        corpus={state.corpus}
        parsed={parseIdsParam(params.get('ids'))}
        renderExport={renderExport}
      />
    );
  }
  return <ReadingListPage corpus={state.corpus} renderExport={renderExport} />;
}
