import type { FacetGroup } from '../../lib/types';
import { FACET_GROUPS, GROUP_LABELS } from '../../lib/types';
import { yearSpan, type ViewState } from '../../lib/url/view-state';
import { labelOf } from '../../lib/taxonomy';
import { formatCount } from '../../lib/format-number';

interface Props {
  view: ViewState;
  unknown: { group: FacetGroup | 'param'; value: string }[];
  onChange: (patch: Partial<ViewState>) => void;
  onClearUnknown: () => void;
}

export function FilterChips({ view, unknown, onChange, onClearUnknown }: Props) {
  const groups = FACET_GROUPS.filter((group) => view[group].length > 0);
  const years = yearSpan(view);
  const any =
    groups.length > 0 ||
    view.minContext !== undefined ||
    years !== undefined ||
    view.papers !== undefined;
  /** A filter other than a group's value, as one chip that removes it. */
  const removable = (text: string, label: string, patch: Partial<ViewState>) => (
    <li>
      <button
        type="button"
        className="chip chip--removable"
        aria-label={label}
        onClick={() => onChange(patch)}
      >
        {text} <span aria-hidden="true">×</span>
      </button>
    </li>
  );
  return (
    <>
      {unknown.length > 0 && (
        <div className="notice" role="alert">
          <p>
            {unknown.length === 1
              ? 'A filter in this link was'
              : `${unknown.length} filters in this link were`}{' '}
            not recognised and ignored:{' '}
            {unknown.map((u) => `${u.group}=${u.value.slice(0, 40)}`).join(', ')}.
          </p>
          <button type="button" className="button" onClick={onClearUnknown}>
            Remove from the address
          </button>
        </div>
      )}
      {any && (
        <ul className="chip-list filter-chips" aria-label="Active filters">
          {/* Said as the filters combine: any of the values in a group, and every group. */}
          {groups.map((group, i) => (
            <li key={group} className="filter-chip-group">
              <span className="filter-chip-group-label">
                {i > 0 ? 'and ' : ''}
                {GROUP_LABELS[group]}
                {view[group].length > 1 ? ', any of' : ''}:
              </span>
              {view[group].map((id) => (
                <button
                  key={id}
                  type="button"
                  className="chip chip--removable"
                  aria-label={`Remove filter ${labelOf(group, id)}`}
                  onClick={() => onChange({ [group]: view[group].filter((v) => v !== id) })}
                >
                  {labelOf(group, id)} <span aria-hidden="true">×</span>
                </button>
              ))}
            </li>
          ))}
          {view.minContext !== undefined &&
            removable(`≥ ${formatCount(view.minContext)} tokens`, 'Remove minimum context filter', {
              minContext: undefined,
            })}
          {years &&
            removable(years, 'Remove the year filter', { since: undefined, until: undefined })}
          {view.papers !== undefined &&
            removable(
              `${formatCount(view.papers.length)} chosen on the map`,
              'Remove the papers chosen on the map',
              { papers: undefined },
            )}
          <li>
            <button
              type="button"
              className="button button--link"
              onClick={() =>
                onChange({
                  technique: [],
                  modality: [],
                  contribution: [],
                  topic: [],
                  minContext: undefined,
                  since: undefined,
                  until: undefined,
                  papers: undefined,
                })
              }
            >
              Clear all
            </button>
          </li>
        </ul>
      )}
    </>
  );
}
