import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import '../../styles/topics.css';
import type { FacetGroup } from '../../lib/types';
import { GROUP_LABELS } from '../../lib/types';
import { valuesOf } from '../../lib/taxonomy';
import { FOLD_AT } from '../../lib/topics/facet-layout';

interface Props {
  group: FacetGroup;
  selected: string[];
  counts: Record<string, number>;
  onChange: (ids: string[]) => void;
  /** Starts folded to its legend and a button (a group that says little about this listing). */
  initiallyCollapsed?: boolean;
  /** The values shown before "Show all" (facet-layout.ts); by default the first FOLD_AT. */
  shown?: readonly string[] | undefined;
}

export function FacetGroupFieldset({
  group,
  selected,
  counts,
  onChange,
  initiallyCollapsed = false,
  shown,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  const [folded, setFolded] = useState(initiallyCollapsed && selected.length === 0);
  const values = valuesOf(group);
  const beforeFold = (id: string, i: number) => (shown ? shown.includes(id) : i < FOLD_AT);
  // Selected values never hide behind "Show all".
  const visible = expanded
    ? values
    : values.filter((v, i) => beforeFold(v.id, i) || selected.includes(v.id));
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
      {values.some((v, i) => !beforeFold(v.id, i)) && (
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
          {label} <span className="facet-count">({count})</span>
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
