import { useId } from 'react';
import type { SortKey } from '../../lib/search/search-types';

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
  onChange: (sort: SortKey | undefined) => void;
}

export function SortSelect({ value, hasQuery, onChange }: Props) {
  const id = useId();
  const defaultSort: SortKey = hasQuery ? 'relevance' : 'dump';
  return (
    <div className="sort-select">
      <label htmlFor={id}>Sort</label>
      <select
        id={id}
        value={value ?? defaultSort}
        onChange={(e) => {
          const next = e.target.value as SortKey;
          // Choosing the default leaves `sort` out of the URL.
          onChange(next === defaultSort ? undefined : next);
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
