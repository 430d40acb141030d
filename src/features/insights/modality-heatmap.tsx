import { Link } from 'react-router';
import { trimMatrix, type CountMatrix } from '../../lib/insights/counts';
import type { FacetTag } from '../../lib/insights/mark-target';
import type { HrefFor } from './use-mark-href';
import { labelOf } from '../../lib/taxonomy';
import { groupLabel } from './labels';
import type { ChartGroup, ColumnGroup } from '../../lib/insights/counts';
import { ChartSection, papersText } from './chart-section';
import { MatrixChart, type MatrixCell } from './matrix-chart';

/** What the columns say, by column group. */
const COLUMNS = {
  modality: { pair: 'each modality', empty: 'a modality tag' },
  contribution: {
    pair: 'each kind of contribution (method, benchmark, survey…)',
    empty: 'a contribution',
  },
} as const;

/**
 * Technique (or topic) × modality: where each technique has been applied; or × contribution
 * (`by`): which kinds of paper each topic has, its benchmarks, surveys and datasets.
 */
export function ModalityHeatmap({
  matrix,
  hrefFor,
  group = 'technique',
  by = 'modality',
}: {
  matrix: CountMatrix;
  hrefFor: HrefFor;
  group?: ChartGroup;
  by?: ColumnGroup;
}) {
  const techniqueLabel = groupLabel(group);
  const columnLabel = (id: string) => labelOf(by, id);
  const words = COLUMNS[by];
  const tags = (technique: string, modality: string): FacetTag[] => [
    { group, id: technique },
    { group: by, id: modality },
  ];
  const cellLabel = (c: MatrixCell) =>
    `${techniqueLabel(c.row)} × ${columnLabel(c.col)}: ${papersText(c.count)}`;
  const noun = group === 'technique' ? 'technique' : 'topic';
  const m = trimMatrix(matrix);
  const title = `${group === 'technique' ? 'Techniques' : 'Topics'} by ${by}`;
  // The modality charts keep their ids (page anchors); the contribution one adds its column group.
  const id = `${group === 'technique' ? '' : `${group}-`}${by === 'modality' ? '' : `${by}-`}heatmap`;
  const chart = m.rows.length > 0 && m.cols.length > 0 && (
    <MatrixChart
      id={id}
      title={title}
      matrix={m}
      rowLabel={techniqueLabel}
      colLabel={columnLabel}
      cellLabel={cellLabel}
      hrefFor={(c) => hrefFor(tags(c.row, c.col))}
      cell={34}
    />
  );

  const table = (
    <table>
      <caption>
        {title}: papers per {noun} (rows) and {by} (columns)
      </caption>
      <thead>
        <tr>
          <th scope="col">{group === 'technique' ? 'Technique' : 'Topic'}</th>
          {m.cols.map((col) => (
            <th key={col} scope="col">
              {columnLabel(col)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {m.rows.map((row, i) => (
          <tr key={row}>
            <th scope="row">{techniqueLabel(row)}</th>
            {m.cols.map((col, j) => {
              const count = m.counts[i]?.[j] ?? 0;
              return (
                <td key={col} className="num">
                  {count > 0 ? (
                    <Link to={hrefFor(tags(row, col))} aria-label={cellLabel({ row, col, count })}>
                      {count}
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartSection
      id={id}
      title={title}
      description={`How many papers in view pair each ${noun} with ${words.pair}; a stronger shade means more. Each cell opens those papers. Values with no paper in view are left out.`}
      chart={chart}
      table={table}
      empty={`No paper in view has both a ${noun} and ${words.empty}.`}
    />
  );
}
