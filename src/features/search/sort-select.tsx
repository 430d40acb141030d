import { useId } from 'react';
import { HistorySelect } from '../../components/history-select';
import type { SortKey } from '../../lib/url/view-state';

const OPTIONS: { value: SortKey; label: string }[] = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'dump', label: 'Collection order' },
  { value: 'title', label: 'Title A–Z' },
  { value: 'context', label: 'Longest context claimed' },
  { value: 'speedup', label: 'Largest speedup claimed' },
  { value: 'posted', label: 'Newest first' },
];

interface Props {
  value: SortKey | undefined;
  hasQuery: boolean;
  /** replace: this choice follows one made by arrowing through the options. */
  onChange: (sort: SortKey | undefined, replace: boolean) => void;
}

export function SortSelect({ value, hasQuery, onChange }: Props) {
  const id = useId();
  const defaultSort: SortKey = hasQuery ? 'relevance' : 'dump';
  return (
    <div className="sort-select">
      <label htmlFor={id}>Sort</label>
      <HistorySelect
        id={id}
        value={value ?? defaultSort}
        // Choosing the default leaves `sort` out of the URL.
        onChange={(next, replace) =>
          onChange(next === defaultSort ? undefined : (next as SortKey), replace)
        }
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.value === defaultSort ? ' (default)' : ''}
          </option>
        ))}
      </HistorySelect>
    </div>
  );
}
