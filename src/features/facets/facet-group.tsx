import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import '../../styles/topics.css';
import type { FacetGroup } from '../../lib/types';
import { GROUP_LABELS } from '../../lib/types';
import { valuesOf } from '../../lib/taxonomy';

interface Props {
  group: FacetGroup;
  selected: string[];
  counts: Record<string, number>;
  onChange: (ids: string[]) => void;
  /** Starts folded to its legend and a button (a group that says little about this listing). */
  initiallyCollapsed?: boolean;
}

const COLLAPSED_LIMIT = 8;

export function FacetGroupFieldset({
  group,
  selected,
  counts,
  onChange,
  initiallyCollapsed = false,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  const [folded, setFolded] = useState(initiallyCollapsed && selected.length === 0);
  const values = valuesOf(group);
  // Selected values never hide behind "show more".
  const visible = expanded
    ? values
    : values.filter((v, i) => i < COLLAPSED_LIMIT || selected.includes(v.id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  // One stable callback, so options whose count and state did not change skip re-rendering.
  const latest = useRef(toggle);
  useLayoutEffect(() => {
    latest.current = toggle;
  });
  const onToggle = useCallback((id: string, on: boolean) => latest.current(id, on), []);

  if (folded) {
    return (
      <fieldset className="facet-group facet-group--folded">
        <legend>{GROUP_LABELS[group]}</legend>
        <button
          type="button"
          className="button button--link"
          aria-expanded={false}
          onClick={() => setFolded(false)}
        >
          Show {GROUP_LABELS[group].toLowerCase()} filters ({values.length})
        </button>
      </fieldset>
    );
  }

  return (
    <fieldset className="facet-group">
      {/* Values in a group widen the list (OR); the groups narrow it (AND). */}
      <legend>
        {GROUP_LABELS[group]} <span className="facet-any">(any of)</span>
      </legend>
      <ul>
        {visible.map((v) => (
          <FacetOption
            key={v.id}
            id={v.id}
            label={v.label}
            definition={v.definition}
            phrases={v.phrases}
            count={counts[v.id] ?? 0}
            checked={selected.includes(v.id)}
            onToggle={onToggle}
          />
        ))}
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

interface OptionProps {
  id: string;
  label: string;
  definition: string | undefined;
  /** Topics: defining phrases, shown while the option is hovered or focused. */
  phrases: readonly string[] | undefined;
  count: number;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
}

const FacetOption = memo(function FacetOption({
  id,
  label,
  definition,
  phrases,
  count,
  checked,
  onToggle,
}: OptionProps) {
  const noteId = useId();
  const hasPhrases = phrases !== undefined && phrases.length > 0;
  return (
    <li className={count === 0 && !checked ? 'facet facet--empty' : 'facet'}>
      <label title={hasPhrases ? undefined : definition}>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hasPhrases ? noteId : undefined}
          onChange={(e) => onToggle(id, e.target.checked)}
        />
        <span className="facet-label">
          {label} ({count})
        </span>
      </label>
      {hasPhrases && (
        <span id={noteId} className="facet-phrases">
          {phrases.join(' · ')}
        </span>
      )}
    </li>
  );
});
