import type { CountMatrix } from '../../lib/insights/counts';
import { HEAT_LEVELS, heatScale } from '../../lib/insights/heat-levels';
import { ChartSvg } from './chart-section';
import { SvgLink } from './svg-link';

export interface MatrixCell {
  row: string;
  col: string;
  count: number;
}

interface Props {
  id: string;
  title: string;
  /** Non-empty rows and columns only (see `trimMatrix`). */
  matrix: CountMatrix;
  rowLabel: (id: string) => string;
  colLabel: (id: string) => string;
  cellLabel: (cell: MatrixCell) => string;
  hrefFor: (cell: MatrixCell) => string;
  /** Cells drawn as outlines and kept out of the colour scale (a technique with itself). */
  isOutline?: (cell: MatrixCell) => boolean;
  cell: number;
}

const LABEL = 300;
const SLANT = 'rotate(-45)';
/** Generous average glyph width at the chart's font size, to leave room for slanted labels. */
const CHAR = 7;
/** Width of one legend entry (swatch and range). */
const LEGEND_STEP = 70;

/** Height (and right overhang) of the slanted column labels, plus a margin. */
function slantRoom(labels: string[]): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * CHAR * Math.SQRT1_2) + 16;
}

/** A grid of counts: shade by count, the count written on the cell, every non-empty cell a link. */
export function MatrixChart(p: Props) {
  const { matrix, cell: size } = p;
  const top = slantRoom(matrix.cols.map(p.colLabel));
  const cells = matrix.rows.flatMap((row, i) =>
    matrix.cols.map((col, j) => ({ row, col, count: matrix.counts[i]?.[j] ?? 0, i, j })),
  );
  const shaded = cells.filter((c) => !p.isOutline?.(c));
  const scale = heatScale(Math.max(0, ...shaded.map((c) => c.count)));
  // Slanted labels overhang the last column to the right by about their own length.
  const width = Math.max(
    LABEL + matrix.cols.length * size + top,
    LABEL + scale.legend.length * LEGEND_STEP,
  );
  const gridBottom = top + matrix.rows.length * size;
  const legendY = gridBottom + 26;

  return (
    <ChartSvg id={p.id} title={p.title} width={width} height={legendY + 22}>
      {matrix.cols.map((col, j) => (
        <text
          key={col}
          className="col-label"
          transform={`translate(${LABEL + j * size + size / 2 + 4},${top - 6}) ${SLANT}`}
        >
          {p.colLabel(col)}
        </text>
      ))}
      {matrix.rows.map((row, i) => (
        <text
          key={row}
          className="row-label"
          x={LABEL - 8}
          y={top + i * size + size / 2}
          dy="0.35em"
          textAnchor="end"
        >
          {p.rowLabel(row)}
        </text>
      ))}
      <rect
        className="grid-frame"
        x={LABEL}
        y={top}
        width={matrix.cols.length * size}
        height={matrix.rows.length * size}
      />
      {cells.map((c) => {
        const x = LABEL + c.j * size;
        const y = top + c.i * size;
        if (c.count === 0) return null;
        const outline = p.isOutline?.(c) ?? false;
        const level = outline ? undefined : scale.level(c.count);
        const shade = level === undefined ? undefined : HEAT_LEVELS[level];
        return (
          <SvgLink
            key={`${c.row}|${c.col}`}
            href={p.hrefFor(c)}
            label={p.cellLabel(c)}
            className="mark cell"
            row={c.i}
          >
            <rect
              className={outline ? 'cell-outline' : 'cell-fill'}
              x={x + 1}
              y={y + 1}
              width={size - 2}
              height={size - 2}
              fillOpacity={shade?.opacity}
            />
            <text
              className={shade?.onAccent ? 'cell-text cell-text--on-accent' : 'cell-text'}
              x={x + size / 2}
              y={y + size / 2}
              dy="0.35em"
              textAnchor="middle"
            >
              {c.count}
            </text>
          </SvgLink>
        );
      })}
      <g className="legend" transform={`translate(${LABEL},${legendY})`}>
        <text className="legend-title" x={-8} y={0} dy="0.35em" textAnchor="end">
          Papers
        </text>
        {scale.legend.map((band, k) => (
          <g key={band.level} transform={`translate(${k * LEGEND_STEP},0)`}>
            <rect
              className="cell-fill"
              x={0}
              y={-8}
              width={16}
              height={16}
              fillOpacity={HEAT_LEVELS[band.level]?.opacity}
            />
            <text x={22} y={0} dy="0.35em">
              {band.from === band.to ? band.from : `${band.from}–${band.to}`}
            </text>
          </g>
        ))}
      </g>
    </ChartSvg>
  );
}
