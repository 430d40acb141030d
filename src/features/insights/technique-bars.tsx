import { Link } from 'react-router';
import { scaleLinear } from 'd3-scale';
import type { IdCount } from '../../lib/insights/counts';
import type { HrefFor } from './use-mark-href';
import { techniqueLabel } from './labels';
import { ChartSection, ChartSvg } from './chart-section';
import { SvgLink } from './svg-link';

const WIDTH = 720;
const LABEL = 300;
const ROW = 24;
const TOP = 6;
const AXIS = 26;

const tag = (id: string) => [{ group: 'technique' as const, id }];
const papersText = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;

/** Papers per technique, most frequent first; techniques with no paper in view are left out. */
export function TechniqueBars({ counts, hrefFor }: { counts: IdCount[]; hrefFor: HrefFor }) {
  const rows = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const x = scaleLinear()
    .domain([0, max])
    .nice(5)
    .range([LABEL, WIDTH - 40]);
  const height = TOP + rows.length * ROW + AXIS;
  const axisY = TOP + rows.length * ROW;
  const title = 'Papers per technique';

  const chart = rows.length > 0 && (
    <ChartSvg id="bars" title={title} width={WIDTH} height={height}>
      {x.ticks(5).map((t) => (
        <g key={t} className="axis">
          <line className="grid" x1={x(t)} x2={x(t)} y1={TOP} y2={axisY} />
          <text x={x(t)} y={axisY + 16} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const name = techniqueLabel(r.id);
        return (
          <SvgLink
            key={r.id}
            href={hrefFor(tag(r.id))}
            label={`${name}: ${papersText(r.count)}`}
            className="mark bar"
            row={i}
          >
            <rect className="hit" x={0} y={y} width={WIDTH} height={ROW} />
            <text className="row-label" x={LABEL - 8} y={y + ROW / 2} dy="0.35em" textAnchor="end">
              {name}
            </text>
            <rect
              className="bar-fill"
              x={LABEL}
              y={y + 4}
              width={Math.max(1, x(r.count) - LABEL)}
              height={ROW - 8}
            />
            <text className="value" x={x(r.count) + 5} y={y + ROW / 2} dy="0.35em">
              {r.count}
            </text>
          </SvgLink>
        );
      })}
    </ChartSvg>
  );

  const table = (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Technique</th>
          <th scope="col">Papers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{techniqueLabel(r.id)}</th>
            <td className="num">
              <Link
                to={hrefFor(tag(r.id))}
                aria-label={`${papersText(r.count)}: ${techniqueLabel(r.id)}`}
              >
                {r.count}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartSection
      id="bars"
      title={title}
      description="How many papers in view carry each technique tag. A paper can carry several, so the bars add up to more than the papers in view. Each bar opens those papers."
      chart={chart}
      table={table}
      empty="No paper in view has a technique tag."
    />
  );
}
