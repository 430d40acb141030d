import type { FacetCounts } from '../../lib/facets/counts';
import type { ViewState } from '../../lib/url/view-state';
import { DEFAULT_LAYOUT, type FacetLayout } from '../../lib/topics/facet-layout';
import { valuesOf } from '../../lib/taxonomy';
import { FacetGroupFieldset } from './facet-group';
import { ThresholdSelect } from './threshold-select';
import { YearRange } from './year-range';
import { formatCount } from '../../lib/format-number';

const CONTEXT_STEPS = [4_000, 32_000, 100_000, 128_000, 1_000_000, 10_000_000];

interface Props {
  view: ViewState;
  counts: FacetCounts;
  /** replace: replace the history entry (a select arrowed through) instead of adding one. */
  onChange: (patch: Partial<ViewState>, replace?: boolean) => void;
  layout?: FacetLayout | undefined;
}

export function FacetFilters({ view, counts, onChange, layout = DEFAULT_LAYOUT }: Props) {
  return (
    <div className="facet-filters">
      {layout.order.map((group) =>
        // A corpus built without topics has no Topic group to show.
        valuesOf(group).length === 0 ? null : (
          <FacetGroupFieldset
            key={group}
            group={group}
            initiallyCollapsed={layout.collapsed.includes(group)}
            shown={layout.shown?.[group]}
            selected={view[group]}
            counts={counts[group]}
            onChange={(ids) => onChange({ [group]: ids })}
          />
        ),
      )}
      {/* Kept while the URL sets one, so it can be cleared. */}
      {(layout.contextFilter !== false || view.minContext !== undefined) && (
        <ThresholdSelect
          label="Claimed context length"
          steps={CONTEXT_STEPS}
          format={(s) => `at least ${formatCount(s)} tokens`}
          value={view.minContext}
          onChange={(minContext, replace) => onChange({ minContext }, replace)}
        />
      )}
      {(layout.years || view.since !== undefined || view.until !== undefined) && (
        <YearRange
          years={layout.years ?? []}
          counts={counts.year}
          since={view.since}
          until={view.until}
          onChange={onChange}
        />
      )}
    </div>
  );
}
