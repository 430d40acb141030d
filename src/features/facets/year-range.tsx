import { useId } from 'react';
import { HistorySelect } from '../../components/history-select';
import type { ViewState } from '../../lib/url/view-state';

type Years = Pick<ViewState, 'since' | 'until'>;

interface Props extends Years {
  /** The years papers are dated in, ascending. */
  years: readonly number[];
  /** Results per year under every other filter (pipeline.ts). */
  counts: Readonly<Record<string, number>> | undefined;
  /** replace: this choice follows one made by arrowing through the options. */
  onChange: (patch: Years, replace: boolean) => void;
}

/**
 * The years to keep, from one to another ("Any" leaves that end open); a URL's own are listed.
 * Each option says how many results choosing it gives, as a facet value does.
 */
export function YearRange({ years, counts = {}, since, until, onChange }: Props) {
  const id = useId();
  const given = [since, until].filter((y) => y !== undefined);
  const all = [...new Set([...years, ...given])].sort((a, b) => a - b);
  const between = (from = -Infinity, to = Infinity) =>
    Object.entries(counts).reduce((n, [y, c]) => (+y >= from && +y <= to ? n + c : n), 0);
  const end = (name: keyof Years, label: string, choices: number[]) => (
    <span className="year-end">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <HistorySelect
        id={`${id}-${name}`}
        value={(name === 'since' ? since : until) ?? ''}
        onChange={(v, replace) => onChange({ [name]: v ? Number(v) : undefined }, replace)}
      >
        <option value="">Any</option>
        {choices.map((y) => (
          <option key={y} value={y}>
            {`${y} (${name === 'since' ? between(y, until) : between(since, y)})`}
          </option>
        ))}
      </HistorySelect>
    </span>
  );
  return (
    <fieldset className="facet-group year-range">
      <legend>Year</legend>
      {/* Each end offers only the years that leave the range the right way round. */}
      {end(
        'since',
        'From',
        all.filter((y) => until === undefined || y <= until),
      )}
      {end(
        'until',
        'To',
        all.filter((y) => since === undefined || y >= since),
      )}
    </fieldset>
  );
}
