import { useId, useRef } from 'react';
import type { SortKey } from '../../lib/url/view-state';

const OPTIONS: { value: SortKey; label: string }[] = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'dump', label: 'Collection order' },
  { value: 'title', label: 'Title A–Z' },
  { value: 'context', label: 'Longest context claimed' },
  { value: 'speedup', label: 'Largest speedup claimed' },
  { value: 'posted', label: 'Newest on arXiv' },
];

interface Props {
  value: SortKey | undefined;
  hasQuery: boolean;
  /** replace: this choice follows one made by arrowing through the options (see below). */
  onChange: (sort: SortKey | undefined, replace: boolean) => void;
}

export function SortSelect({ value, hasQuery, onChange }: Props) {
  const id = useId();
  const defaultSort: SortKey = hasQuery ? 'relevance' : 'dump';
  // Arrow keys on a closed select change it once per option passed. The first change records a
  // history entry; the ones that follow while arrowing replace it, so Back skips the options
  // passed on the way. Any other key, a pointer choice, or leaving the control ends the run.
  const keys = useRef({ pressed: false, run: false });
  const endRun = () => (keys.current = { pressed: false, run: false });
  return (
    <div className="sort-select">
      <label htmlFor={id}>Sort</label>
      <select
        id={id}
        value={value ?? defaultSort}
        onKeyDown={(e) => {
          if (/^(Arrow|Home$|End$|Page)/.test(e.key) && !e.altKey) keys.current.pressed = true;
          else endRun();
        }}
        onPointerDown={endRun}
        onBlur={endRun}
        onChange={(e) => {
          const next = e.target.value as SortKey;
          const { pressed, run } = keys.current;
          keys.current = { pressed: false, run: pressed };
          // Choosing the default leaves `sort` out of the URL.
          onChange(next === defaultSort ? undefined : next, pressed && run);
        }}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.value === defaultSort ? ' (default)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
