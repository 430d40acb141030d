import { Link } from 'react-router';
import { pairCounts, trimMatrix, type CountMatrix } from '../../lib/insights/counts';
import type { FacetTag } from '../../lib/insights/mark-target';
import type { HrefFor } from './use-mark-href';
import { groupLabel } from './labels';
import type { ChartGroup } from '../../lib/insights/counts';
import { ChartSection, papersText } from './chart-section';
import { MatrixChart, type MatrixCell } from './matrix-chart';

/** Which techniques (or topics) appear together in one paper. */
export function CooccurrenceMatrix({
  matrix,
  hrefFor,
  group = 'technique',
}: {
  matrix: CountMatrix;
  hrefFor: HrefFor;
  group?: ChartGroup;
}) {
  const techniqueLabel = groupLabel(group);
  const tags = (a: string, b: string): FacetTag[] =>
    a === b
      ? [{ group, id: a }]
      : [
          { group, id: a },
          { group, id: b },
        ];
  const cellLabel = (c: MatrixCell) =>
    c.row === c.col
      ? `${techniqueLabel(c.row)}: ${papersText(c.count)} in all`
      : `${techniqueLabel(c.row)} and ${techniqueLabel(c.col)}: ${papersText(c.count)}`;
  const noun = group === 'technique' ? 'technique' : 'topic';
  const Noun = group === 'technique' ? 'Technique' : 'Topic';
  const id = group === 'technique' ? 'cooccurrence' : `${group}-cooccurrence`;
  const m = trimMatrix(matrix);
  const pairs = pairCounts(m);
  const title = group === 'technique' ? 'Techniques used together' : 'Topics used together';
  const chart = m.rows.length > 1 && (
    <MatrixChart
      id={id}
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
      <caption>
        {title}: pairs of {noun}s on the same paper, most frequent first
      </caption>
      <thead>
        <tr>
          <th scope="col">{Noun}</th>
          <th scope="col">With {noun}</th>
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
      id={id}
      title={title}
      description={
        <>
          How many papers in view carry both {noun}s. The outlined diagonal is each {noun}’s own
          total. The search page combines {noun}s with “or”, so a cell opens its papers in a list on
          this page rather than in search.
        </>
      }
      chart={chart}
      table={pairs.length > 0 ? table : <p>No paper in view carries two {noun}s.</p>}
      empty={`Fewer than two ${noun}s appear in view, so there is nothing to pair.`}
    />
  );
}
