import { useId } from 'react';
import { formatCount } from '../../lib/format-number';

const STEPS = [4_000, 32_000, 100_000, 128_000, 1_000_000, 10_000_000];

interface Props {
  value: number | undefined;
  onChange: (v: number | undefined) => void;
}

export function MinContextSelect({ value, onChange }: Props) {
  const id = useId();
  const steps =
    value !== undefined && !STEPS.includes(value) ? [...STEPS, value].sort((a, b) => a - b) : STEPS;
  return (
    <div className="facet-group min-context">
      <label htmlFor={id}>Claimed context length</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">Any</option>
        {steps.map((s) => (
          <option key={s} value={s}>
            at least {formatCount(s)} tokens
          </option>
        ))}
      </select>
    </div>
  );
}
