import { useMemo } from 'react';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { facetLayout } from '../../lib/topics/facet-layout';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInsightsData } from './use-insights-data';
import { useMarkHref } from './use-mark-href';
import { InsightsSummary } from './insights-summary';
import { UnknownFilters } from './unknown-filters';
import { TagListPanel } from './tag-list-panel';
import { TechniqueBars } from './technique-bars';
import { ModalityHeatmap } from './modality-heatmap';
import { CooccurrenceMatrix } from './cooccurrence-matrix';
import { ContextDots } from './context-dots';
import { YearBars } from './year-bars';
import { searchHref } from '../../lib/insights/mark-href';
import '../../styles/insights.css';

/** Charts of the papers in the current view (the query and filters of the URL, as on `/`). */
export function InsightsPage({ corpus }: { corpus: LoadedCorpus }) {
  useDocumentTitle('Insights');
  const { view, unknown, listTags, inView, charts } = useInsightsData(corpus);
  const hrefFor = useMarkHref(view);
  // As in the facet panel: where the technique rules say little about a listing, their charts fold,
  // and years are charted where most papers are dated.
  const layout = useMemo(() => facetLayout(corpus.papers), [corpus.papers]);
  const techniquesFold = layout.collapsed.includes('technique');
  if (!inView || !charts) {
    return (
      <main id="main" className="page insights-page" aria-busy="true">
        <h1>Insights</h1>
        <p role="status">Loading papers…</p>
      </main>
    );
  }

  const techniqueCharts = (
    <>
      <TechniqueBars counts={charts.techniqueCounts} hrefFor={hrefFor} />
      <ModalityHeatmap matrix={charts.modalityMatrix} hrefFor={hrefFor} />
      <CooccurrenceMatrix matrix={charts.cooccurrence} hrefFor={hrefFor} />
      <ContextDots rows={charts.context} />
    </>
  );
  return (
    <main id="main" className="page insights-page">
      <h1>Insights</h1>
      <InsightsSummary view={view} count={inView.length} total={corpus.papers.length} />
      <p className="insight-note muted">
        Every bar, cell and dot is a link to the papers it counts. With a keyboard, each chart is
        one Tab stop: the arrow keys move between its marks and Enter opens one. “Show as table”
        gives the same numbers as a table.
      </p>
      <UnknownFilters unknown={unknown} view={view} listTags={listTags} />
      {listTags.length > 0 && <TagListPanel tags={listTags} papers={inView} view={view} />}
      {charts.topics && (
        <TechniqueBars counts={charts.topics.counts} hrefFor={hrefFor} group="topic" />
      )}
      {/* The second overview, beside what the papers are about: when they came. */}
      {layout.years && (
        <YearBars
          {...charts.years}
          hrefFor={(year) => searchHref({ ...view, since: year, until: year })}
        />
      )}
      {charts.topics && (
        <>
          <ModalityHeatmap matrix={charts.topics.modalityMatrix} hrefFor={hrefFor} group="topic" />
          <ModalityHeatmap
            matrix={charts.topics.contributionMatrix}
            hrefFor={hrefFor}
            group="topic"
            by="contribution"
          />
          <CooccurrenceMatrix matrix={charts.topics.cooccurrence} hrefFor={hrefFor} group="topic" />
        </>
      )}
      {techniquesFold ? (
        <details className="insight-fold">
          <summary>Technique charts</summary>
          <p className="muted">
            The technique rules name techniques of long-sequence modelling. They tag few papers of
            this listing, or tag them broadly, so the topics above say more.
          </p>
          {techniqueCharts}
        </details>
      ) : (
        techniqueCharts
      )}
    </main>
  );
}
