import { Link } from 'react-router';
import { trimMatrix, type CountMatrix } from '../../lib/insights/counts';
import type { FacetTag } from '../../lib/insights/mark-target';
import type { HrefFor } from './use-mark-href';
import { groupLabel, modalityLabel } from './labels';
import type { ChartGroup } from '../../lib/insights/counts';
import { ChartSection } from './chart-section';
import { MatrixChart, type MatrixCell } from './matrix-chart';

const papersText = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;

/** Technique (or topic) × modality: where each technique has been applied. */
export function ModalityHeatmap({
  matrix,
  hrefFor,
  group = 'technique',
}: {
  matrix: CountMatrix;
  hrefFor: HrefFor;
  group?: ChartGroup;
}) {
  const techniqueLabel = groupLabel(group);
  const tags = (technique: string, modality: string): FacetTag[] => [
    { group, id: technique },
    { group: 'modality', id: modality },
  ];
  const cellLabel = (c: MatrixCell) =>
    `${techniqueLabel(c.row)} × ${modalityLabel(c.col)}: ${papersText(c.count)}`;
  const noun = group === 'technique' ? 'technique' : 'topic';
  const m = trimMatrix(matrix);
  const title = group === 'technique' ? 'Techniques by modality' : 'Topics by modality';
  const id = group === 'technique' ? 'heatmap' : `${group}-heatmap`;
  const chart = m.rows.length > 0 && m.cols.length > 0 && (
    <MatrixChart
      id={id}
      title={title}
      matrix={m}
      rowLabel={techniqueLabel}
      colLabel={modalityLabel}
      cellLabel={cellLabel}
      hrefFor={(c) => hrefFor(tags(c.row, c.col))}
      cell={34}
    />
  );

  const table = (
    <table>
      <caption>
        {title}: papers per {noun} (rows) and modality (columns)
      </caption>
      <thead>
        <tr>
          <th scope="col">{group === 'technique' ? 'Technique' : 'Topic'}</th>
          {m.cols.map((col) => (
            <th key={col} scope="col">
              {modalityLabel(col)}
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
      description={`How many papers in view pair each ${noun} with each modality; a stronger shade means more. Each cell opens those papers. Values with no paper in view are left out.`}
      chart={chart}
      table={table}
      empty={`No paper in view has both a ${noun} and a modality tag.`}
    />
  );
}
