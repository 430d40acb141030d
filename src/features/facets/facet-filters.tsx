import type { FacetCounts } from '../../lib/facets/counts';
import type { ViewState } from '../../lib/url/view-state';
import { DEFAULT_LAYOUT, type FacetLayout } from '../../lib/topics/facet-layout';
import { valuesOf } from '../../lib/taxonomy';
import { FacetGroupFieldset } from './facet-group';
import { MinContextSelect } from './min-context-select';

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
        <MinContextSelect
          value={view.minContext}
          onChange={(minContext, replace) => onChange({ minContext }, replace)}
        />
      )}
    </div>
  );
}
