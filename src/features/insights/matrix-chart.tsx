import type { CountMatrix } from '../../lib/insights/counts';
import { HEAT_LEVELS, heatScale } from '../../lib/insights/heat-levels';
import { ChartSvg, NARROW_CHARTS } from './chart-section';
import { SvgLink } from './svg-link';
import { useMediaQuery } from '../../hooks/use-media-query';

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
/** A phone: the chart's width; row labels sit on a line of their own above the row's cells. */
const NARROW_WIDTH = 360;
/** A row label's line: a gap under the row above, then the label. */
const LABEL_LINE = 20;

/** Height (and right overhang) of the slanted column labels, plus a margin. */
function slantRoom(labels: string[]): number {
  return Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * CHAR * Math.SQRT1_2) + 16;
}

/** A grid of counts: shade by count, the count written on the cell, every non-empty cell a link. */
export function MatrixChart(p: Props) {
  const narrow = useMediaQuery(NARROW_CHARTS);
  const { matrix } = p;
  // A phone: cells shrink so that every column fits, and column labels stand upright (slanted,
  // they would overhang the last column by their own length).
  const size = narrow
    ? Math.min(p.cell, Math.floor(NARROW_WIDTH / Math.max(1, matrix.cols.length)))
    : p.cell;
  const labelX = narrow ? 0 : LABEL;
  const longest = Math.max(0, ...matrix.cols.map((c) => p.colLabel(c).length));
  const top = narrow ? longest * CHAR + 12 : slantRoom(matrix.cols.map(p.colLabel));
  const pitch = narrow ? LABEL_LINE + size : size;
  const cellTop = (i: number) => top + i * pitch + (narrow ? LABEL_LINE : 0);
  const cells = matrix.rows.flatMap((row, i) =>
    matrix.cols.map((col, j) => ({ row, col, count: matrix.counts[i]?.[j] ?? 0, i, j })),
  );
  const shaded = cells.filter((c) => !p.isOutline?.(c));
  const scale = heatScale(Math.max(0, ...shaded.map((c) => c.count)));
  // Slanted labels overhang the last column to the right by about their own length.
  const width = narrow
    ? NARROW_WIDTH
    : Math.max(LABEL + matrix.cols.length * size + top, LABEL + scale.legend.length * LEGEND_STEP);
  const gridBottom = top + matrix.rows.length * pitch;
  const legendY = gridBottom + 26;
  const legendStep = narrow ? 64 : LEGEND_STEP;

  return (
    <ChartSvg id={p.id} title={p.title} width={width} height={legendY + (narrow ? 44 : 22)}>
      {matrix.cols.map((col, j) => (
        <text
          key={col}
          className="col-label"
          transform={`translate(${labelX + j * size + size / 2 + 4},${top - 6}) ${narrow ? 'rotate(-90)' : SLANT}`}
        >
          {p.colLabel(col)}
        </text>
      ))}
      {matrix.rows.map((row, i) =>
        narrow ? (
          <g key={row}>
            <text className="row-label" x={0} y={top + i * pitch + LABEL_LINE / 2 + 2} dy="0.35em">
              {p.rowLabel(row)}
            </text>
            <rect
              className="grid-frame"
              x={0}
              y={cellTop(i)}
              width={matrix.cols.length * size}
              height={size}
            />
          </g>
        ) : (
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
        ),
      )}
      {!narrow && (
        <rect
          className="grid-frame"
          x={LABEL}
          y={top}
          width={matrix.cols.length * size}
          height={matrix.rows.length * size}
        />
      )}
      {cells.map((c) => {
        const x = labelX + c.j * size;
        const y = cellTop(c.i);
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
      {/* A phone: the legend's title on a line of its own, its entries below from the left. */}
      <g className="legend" transform={`translate(${labelX},${legendY})`}>
        <text
          className="legend-title"
          x={narrow ? 0 : -8}
          y={0}
          dy="0.35em"
          textAnchor={narrow ? 'start' : 'end'}
        >
          Papers
        </text>
        {scale.legend.map((band, k) => (
          <g
            key={band.level}
            transform={
              narrow ? `translate(${k * legendStep},22)` : `translate(${k * legendStep},0)`
            }
          >
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
