import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { useViewOrder } from '../../corpus/use-search-results';
import { decodeView } from '../../lib/url/view-codec';
import { idsOf, isKnownId } from '../../lib/taxonomy';
import {
  cooccurrenceMatrix,
  countByTechnique,
  countByYear,
  techniqueModalityMatrix,
} from '../../lib/insights/counts';
import { contextRows } from '../../lib/insights/context-points';
import { decodeTagList, TAG_LIST_PARAM } from '../../lib/insights/mark-target';

/**
 * The view in the URL, the papers it selects, and every aggregate the charts draw. Charts read
 * tags and claims only, which the list entries (meta.json) carry. `inView` is null until the
 * search has answered.
 */
export function useInsightsData(corpus: LoadedCorpus) {
  const papers = corpus.papers;
  const { search } = useLocation();
  const { view, unknown } = useMemo(() => decodeView(search), [search]);
  const listTags = useMemo(
    () =>
      decodeTagList(new URLSearchParams(search).get(TAG_LIST_PARAM), (g, id) => isKnownId(g, id)),
    [search],
  );
  const order = useViewOrder(corpus, view);
  const inView = useMemo(
    () => (order ? Array.from(order, (id) => papers[id]!) : null),
    [order, papers],
  );
  const charts = useMemo(() => {
    if (!inView) return null;
    const techniques = idsOf('technique');
    const topics = idsOf('topic');
    return {
      topics:
        topics.length === 0
          ? null
          : {
              counts: countByTechnique(inView, topics, 'topic'),
              modalityMatrix: techniqueModalityMatrix(inView, topics, idsOf('modality'), 'topic'),
              contributionMatrix: techniqueModalityMatrix(
                inView,
                topics,
                idsOf('contribution'),
                'topic',
                'contribution',
              ),
              cooccurrence: cooccurrenceMatrix(inView, topics, 'topic'),
            },
      years: countByYear(inView),
      techniqueCounts: countByTechnique(inView, techniques),
      modalityMatrix: techniqueModalityMatrix(inView, techniques, idsOf('modality')),
      cooccurrence: cooccurrenceMatrix(inView, techniques),
      context: contextRows(inView, techniques),
    };
  }, [inView]);
  return { view, unknown, listTags, inView, charts };
}
