import { useId } from 'react';
import { HistorySelect } from '../../components/history-select';

interface Props {
  label: string;
  /** The choices, ascending. */
  steps: readonly number[];
  /** An option's text ("at least 128K tokens", "2023 or later"). */
  format: (step: number) => string;
  value: number | undefined;
  /** replace: this choice follows one made by arrowing through the options. */
  onChange: (v: number | undefined, replace: boolean) => void;
}

/** A lower bound picked from a few steps, "Any" for none; a URL's own value is listed too. */
export function ThresholdSelect({ label, steps, format, value, onChange }: Props) {
  const id = useId();
  const choices =
    value !== undefined && !steps.includes(value) ? [...steps, value].sort((a, b) => a - b) : steps;
  return (
    <div className="facet-group threshold">
      <label htmlFor={id}>{label}</label>
      <HistorySelect
        id={id}
        value={value ?? ''}
        onChange={(v, replace) => onChange(v ? Number(v) : undefined, replace)}
      >
        <option value="">Any</option>
        {choices.map((s) => (
          <option key={s} value={s}>
            {format(s)}
          </option>
        ))}
      </HistorySelect>
    </div>
  );
}
