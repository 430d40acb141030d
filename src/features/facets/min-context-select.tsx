import { useId } from 'react';
import { HistorySelect } from '../../components/history-select';
import { formatCount } from '../../lib/format-number';

const STEPS = [4_000, 32_000, 100_000, 128_000, 1_000_000, 10_000_000];

interface Props {
  value: number | undefined;
  /** replace: this choice follows one made by arrowing through the options. */
  onChange: (v: number | undefined, replace: boolean) => void;
}

export function MinContextSelect({ value, onChange }: Props) {
  const id = useId();
  const steps =
    value !== undefined && !STEPS.includes(value) ? [...STEPS, value].sort((a, b) => a - b) : STEPS;
  return (
    <div className="facet-group min-context">
      <label htmlFor={id}>Claimed context length</label>
      <HistorySelect
        id={id}
        value={value ?? ''}
        onChange={(v, replace) => onChange(v ? Number(v) : undefined, replace)}
      >
        <option value="">Any</option>
        {steps.map((s) => (
          <option key={s} value={s}>
            at least {formatCount(s)} tokens
          </option>
        ))}
      </HistorySelect>
    </div>
  );
}
