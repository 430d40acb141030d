import { Link } from 'react-router';
import { scaleLog } from 'd3-scale';
import {
  contextExtent,
  type ContextPoint,
  type ContextRow,
} from '../../lib/insights/context-points';
import { formatCount } from '../../lib/format-number';
import { techniqueLabel } from './labels';
import { ChartSection, ChartSvg, NARROW_CHARTS } from './chart-section';
import { SvgLink } from './svg-link';
import { useMediaQuery } from '../../hooks/use-media-query';

interface Layout {
  width: number;
  row: number;
  /** Where the scale starts and ends. */
  from: number;
  to: number;
  /** The row's label: beside its line (wide), or above it (narrow). */
  label: { x: number; dy: number; anchor: 'start' | 'end' };
  /** The row's line, from the row's top. */
  lineY: number;
}
const WIDE: Layout = {
  width: 860,
  row: 34,
  from: 310,
  to: 836,
  label: { x: 292, dy: 17, anchor: 'end' },
  lineY: 17,
};
/** A phone: labels above the rows, so the whole scale fits the screen. */
const NARROW: Layout = {
  width: 360,
  row: 44,
  from: 14,
  to: 340,
  label: { x: 6, dy: 9, anchor: 'start' },
  lineY: 30,
};
const TOP = 8;
const AXIS = 30;
const R = 4;
/** Dots that would land on one another stack up and down within their row, then step sideways. */
const STACK = [0, -9, 9];

function nudge(crowd: number): [number, number] {
  const side = Math.floor(crowd / STACK.length);
  return [
    side === 0 ? 0 : (side % 2 ? 1 : -1) * Math.ceil(side / 2) * 9,
    STACK[crowd % STACK.length] ?? 0,
  ];
}

const paperHref = (slug: string) => `/paper/${encodeURIComponent(slug)}`;
const UNIT_NAMES: Record<string, string> = { bp: 'base pairs' };
const amount = (p: ContextPoint) => `${formatCount(p.value)} ${UNIT_NAMES[p.unit] ?? p.unit}`;
const asWritten = (p: ContextPoint) =>
  p.text && p.text.toLowerCase() !== amount(p).toLowerCase() ? ` (“${p.text}”)` : '';
const dotLabel = (p: ContextPoint) => `${p.title}: ${amount(p)}${asWritten(p)}`;

function decadeDomain([min, max]: [number, number]): [number, number] {
  const lo = 10 ** Math.floor(Math.log10(min));
  const hi = 10 ** Math.ceil(Math.log10(max));
  return [lo, hi > lo ? hi : lo * 10];
}

export function ContextDots({ rows }: { rows: ContextRow[] }) {
  const layout = useMediaQuery(NARROW_CHARTS) ? NARROW : WIDE;
  const { row: ROW } = layout;
  const extent = contextExtent(rows);
  const title = 'Claimed context length by technique';
  const x = scaleLog()
    .domain(extent ? decadeDomain(extent) : [1, 10])
    .range([layout.from, layout.to]);
  const ticks = x.ticks().filter((t) => /^10*$/.test(String(t)));
  const axisY = TOP + rows.length * ROW;

  const chart = extent && (
    <ChartSvg id="context" title={title} width={layout.width} height={axisY + AXIS}>
      {ticks.map((t) => (
        <g key={t} className="axis">
          <line className="grid" x1={x(t)} x2={x(t)} y1={TOP} y2={axisY} />
          <text x={x(t)} y={axisY + 16} textAnchor="middle">
            {formatCount(t)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const cy = TOP + i * ROW + layout.lineY;
        const placed: number[] = [];
        return (
          <g key={row.technique}>
            <line className="row-rule" x1={layout.from} x2={layout.to} y1={cy} y2={cy} />
            <text
              className={layout === NARROW ? 'row-label row-label--above' : 'row-label'}
              x={layout.label.x}
              y={TOP + i * ROW + layout.label.dy}
              dy="0.35em"
              textAnchor={layout.label.anchor}
            >
              {techniqueLabel(row.technique)}
            </text>
            {row.points.map((p) => {
              const px = x(p.value);
              const [dx, dy] = nudge(placed.filter((q) => Math.abs(q - px) < 2 * R).length);
              placed.push(px);
              return (
                <SvgLink
                  key={p.slug}
                  href={paperHref(p.slug)}
                  label={dotLabel(p)}
                  className="mark dot"
                  row={i}
                >
                  <circle cx={px + dx} cy={cy + dy} r={R} />
                </SvgLink>
              );
            })}
          </g>
        );
      })}
    </ChartSvg>
  );

  const table = (
    <table>
      <caption>{title}: the longest context each paper claims, per technique</caption>
      <thead>
        <tr>
          <th scope="col">Technique</th>
          <th scope="col">Paper</th>
          <th scope="col">Longest claimed context</th>
          <th scope="col">As written</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row) =>
          row.points.map((p) => (
            <tr key={`${row.technique}|${p.slug}`}>
              <th scope="row">{techniqueLabel(row.technique)}</th>
              <td>
                <Link to={paperHref(p.slug)}>{p.title}</Link>
              </td>
              <td className="num">{amount(p)}</td>
              <td>{p.text}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );

  return (
    <ChartSection
      id="context"
      title={title}
      description="One dot per paper: the longest context its abstract claims, in tokens (or bytes or base pairs), on a log scale. Frames are left out, as they do not compare with tokens. A paper appears once in each of its techniques. Each dot opens the paper."
      chart={chart}
      table={table}
      empty="No paper in view claims a context length."
    />
  );
}
