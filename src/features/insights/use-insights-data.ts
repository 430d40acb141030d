import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Paper } from '../../lib/types';
import { runSearch } from '../../data/search-service';
import { decodeView } from '../../lib/url/view-codec';
import { idsOf, isKnownId } from '../../lib/taxonomy';
import { cooccurrenceMatrix, countByTechnique, techniqueModalityMatrix } from '../../lib/insights/counts';
import { contextRows } from '../../lib/insights/context-points';
import { decodeTagList, TAG_LIST_PARAM } from '../../lib/insights/mark-target';

/** The view in the URL, the papers it selects, and every aggregate the charts draw. */
export function useInsightsData(papers: Paper[]) {
  const { search } = useLocation();
  const { view, unknown } = useMemo(() => decodeView(search), [search]);
  const listTags = useMemo(
    () => decodeTagList(new URLSearchParams(search).get(TAG_LIST_PARAM), (g, id) => isKnownId(g, id)),
    [search],
  );
  const inView = useMemo(
    () => runSearch(papers, view).hits.flatMap((h) => papers[h.id] ?? []),
    [papers, view],
  );
  const charts = useMemo(() => {
    const techniques = idsOf('technique');
    return {
      techniqueCounts: countByTechnique(inView, techniques),
      modalityMatrix: techniqueModalityMatrix(inView, techniques, idsOf('modality')),
      cooccurrence: cooccurrenceMatrix(inView, techniques),
      context: contextRows(inView, techniques),
    };
  }, [inView]);
  return { view, unknown, listTags, inView, charts };
}
