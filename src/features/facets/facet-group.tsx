import { useState } from 'react';
import type { FacetGroup } from '../../lib/types';
import { GROUP_LABELS } from '../../lib/types';
import { valuesOf } from '../../lib/taxonomy';

interface Props {
  group: FacetGroup;
  selected: string[];
  counts: Record<string, number>;
  onChange: (ids: string[]) => void;
}

const COLLAPSED_LIMIT = 8;

export function FacetGroupFieldset({ group, selected, counts, onChange }: Props) {
  const [expanded, setExpanded] = useState(false);
  const values = valuesOf(group);
  // Selected values never hide behind "show more".
  const visible = expanded
    ? values
    : values.filter((v, i) => i < COLLAPSED_LIMIT || selected.includes(v.id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset className="facet-group">
      <legend>{GROUP_LABELS[group]}</legend>
      <ul>
        {visible.map((v) => {
          const count = counts[v.id] ?? 0;
          const checked = selected.includes(v.id);
          return (
            <li key={v.id} className={count === 0 && !checked ? 'facet facet--empty' : 'facet'}>
              <label title={v.definition}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => toggle(v.id, e.target.checked)}
                />
                <span className="facet-label">
                  {v.label} ({count})
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {values.length > COLLAPSED_LIMIT && (
        <button
          type="button"
          className="button button--link"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}
