import { FACET_GROUPS } from '../../lib/types';
import { yearSpan, type ViewState } from '../../lib/url/view-state';

interface Props {
  view: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
}

/** Says nothing matched and offers the easings that would bring results back. */
export function NoResults({ view, onChange }: Props) {
  const filters = FACET_GROUPS.reduce((n, group) => n + view[group].length, 0);
  const noFilters = Object.fromEntries(FACET_GROUPS.map((g) => [g, []])) as Partial<ViewState>;
  const easing = (label: string, patch: Partial<ViewState>) => (
    <li>
      <button type="button" className="button" onClick={() => onChange(patch)}>
        {label}
      </button>
    </li>
  );
  return (
    <div className="no-results">
      <p>
        <strong>No paper matches this view.</strong>
      </p>
      <ul>
        {filters > 0 &&
          easing(`Drop the ${filters === 1 ? 'filter' : `${filters} filters`}`, noFilters)}
        {view.minContext !== undefined &&
          easing('Drop the minimum context length', { minContext: undefined })}
        {yearSpan(view) && easing('Drop the year filter', { since: undefined, until: undefined })}
        {view.q.includes('"') && (
          <li>Try the words without quotes, so they need not be adjacent.</li>
        )}
        {view.q.trim().split(/\s+/).length > 1 && <li>Try fewer words: every word must match.</li>}
        {view.q !== '' && easing('Clear the search text', { q: '' })}
      </ul>
    </div>
  );
}
