import { Link } from 'react-router';
import { scaleLog } from 'd3-scale';
import {
  contextExtent,
  type ContextPoint,
  type ContextRow,
} from '../../lib/insights/context-points';
import { formatCount } from '../../lib/format-number';
import { techniqueLabel } from './labels';
import { ChartSection, ChartSvg } from './chart-section';
import { SvgLink } from './svg-link';

const WIDTH = 860;
const LABEL = 300;
const ROW = 34;
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
  const extent = contextExtent(rows);
  const title = 'Claimed context length by technique';
  const x = scaleLog()
    .domain(extent ? decadeDomain(extent) : [1, 10])
    .range([LABEL + 10, WIDTH - 24]);
  const ticks = x.ticks().filter((t) => /^10*$/.test(String(t)));
  const axisY = TOP + rows.length * ROW;

  const chart = extent && (
    <ChartSvg id="context" title={title} width={WIDTH} height={axisY + AXIS}>
      {ticks.map((t) => (
        <g key={t} className="axis">
          <line className="grid" x1={x(t)} x2={x(t)} y1={TOP} y2={axisY} />
          <text x={x(t)} y={axisY + 16} textAnchor="middle">
            {formatCount(t)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const cy = TOP + i * ROW + ROW / 2;
        const placed: number[] = [];
        return (
          <g key={row.technique}>
            <line className="row-rule" x1={LABEL + 10} x2={WIDTH - 24} y1={cy} y2={cy} />
            <text className="row-label" x={LABEL - 8} y={cy} dy="0.35em" textAnchor="end">
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
