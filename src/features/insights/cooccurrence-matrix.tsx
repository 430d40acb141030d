import { Link } from 'react-router';
import { pairCounts, trimMatrix, type CountMatrix } from '../../lib/insights/counts';
import type { FacetTag } from '../../lib/insights/mark-target';
import type { HrefFor } from './use-mark-href';
import { techniqueLabel } from './labels';
import { ChartSection } from './chart-section';
import { MatrixChart, type MatrixCell } from './matrix-chart';

const papersText = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;
const tags = (a: string, b: string): FacetTag[] =>
  a === b
    ? [{ group: 'technique', id: a }]
    : [
        { group: 'technique', id: a },
        { group: 'technique', id: b },
      ];
const cellLabel = (c: MatrixCell) =>
  c.row === c.col
    ? `${techniqueLabel(c.row)}: ${papersText(c.count)} in all`
    : `${techniqueLabel(c.row)} and ${techniqueLabel(c.col)}: ${papersText(c.count)}`;

/** Which techniques appear together in one paper. */
export function CooccurrenceMatrix({ matrix, hrefFor }: { matrix: CountMatrix; hrefFor: HrefFor }) {
  const m = trimMatrix(matrix);
  const pairs = pairCounts(m);
  const title = 'Techniques used together';
  const chart = m.rows.length > 1 && (
    <MatrixChart
      id="cooccurrence"
      title={title}
      matrix={m}
      rowLabel={techniqueLabel}
      colLabel={techniqueLabel}
      cellLabel={cellLabel}
      hrefFor={(c) => hrefFor(tags(c.row, c.col))}
      isOutline={(c) => c.row === c.col}
      cell={28}
    />
  );

  const table = (
    <table>
      <caption>{title}: pairs of techniques tagged on the same paper, most frequent first</caption>
      <thead>
        <tr>
          <th scope="col">Technique</th>
          <th scope="col">With technique</th>
          <th scope="col">Papers</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(({ a, b, count }) => (
          <tr key={`${a}|${b}`}>
            <th scope="row">{techniqueLabel(a)}</th>
            <td>{techniqueLabel(b)}</td>
            <td className="num">
              <Link to={hrefFor(tags(a, b))} aria-label={cellLabel({ row: a, col: b, count })}>
                {count}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartSection
      id="cooccurrence"
      title={title}
      description={
        <>
          How many papers in view carry both techniques. The outlined diagonal is each technique’s
          own total. The search page combines techniques with “or”, so a cell opens its papers in a
          list on this page rather than in search.
        </>
      }
      chart={chart}
      table={pairs.length > 0 ? table : <p>No paper in view carries two techniques.</p>}
      empty="Fewer than two techniques appear in view, so there is nothing to pair."
    />
  );
}
