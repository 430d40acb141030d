import type { FacetCounts, ViewState } from '../../lib/search/search-types';
import { FACET_GROUPS } from '../../lib/types';
import { FacetGroupFieldset } from './facet-group';
import { MinContextSelect } from './min-context-select';

interface Props {
  view: ViewState;
  counts: FacetCounts;
  onChange: (patch: Partial<ViewState>) => void;
}

export function FacetFilters({ view, counts, onChange }: Props) {
  return (
    <div className="facet-filters">
      {FACET_GROUPS.map((group) => (
        <FacetGroupFieldset
          key={group}
          group={group}
          selected={view[group]}
          counts={counts[group]}
          onChange={(ids) => onChange({ [group]: ids })}
        />
      ))}
      <MinContextSelect
        value={view.minContext}
        onChange={(minContext) => onChange({ minContext })}
      />
    </div>
  );
}
