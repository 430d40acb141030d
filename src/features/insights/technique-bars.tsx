import { scaleLinear } from 'd3-scale';
import type { IdCount } from '../../lib/insights/counts';
import type { HrefFor } from './use-mark-href';
import { groupLabel } from './labels';
import type { ChartGroup } from '../../lib/insights/counts';
import { ChartSection, ChartSvg, CountTable, NARROW_CHARTS, papersText } from './chart-section';
import { SvgLink } from './svg-link';
import { useMediaQuery } from '../../hooks/use-media-query';

interface Layout {
  width: number;
  row: number;
  /** Where bars start; labels end just before it (wide) or sit above the bar (narrow). */
  barX: number;
  label: { x: number; y: number; anchor: 'start' | 'end' };
  bar: { y: number; height: number };
}
/** Labels beside the bars. */
const WIDE: Layout = {
  width: 720,
  row: 24,
  barX: 300,
  label: { x: 292, y: 12, anchor: 'end' },
  bar: { y: 4, height: 16 },
};
/** A phone: labels above the bars, so the chart fits the screen instead of scrolling sideways. */
const NARROW: Layout = {
  width: 360,
  row: 38,
  // Room for the axis's "0", centred under the bars' start.
  barX: 6,
  label: { x: 6, y: 10, anchor: 'start' },
  bar: { y: 17, height: 15 },
};
const TOP = 6;
const AXIS = 26;

const WORDS = {
  technique: { one: 'technique', title: 'Papers per technique', empty: 'a technique tag' },
  topic: { one: 'topic', title: 'Papers per topic', empty: 'a topic' },
} as const;

/** Papers per technique, most frequent first; techniques with no paper in view are left out. */
export function TechniqueBars({
  counts,
  hrefFor,
  group = 'technique',
}: {
  counts: IdCount[];
  hrefFor: HrefFor;
  group?: ChartGroup;
}) {
  const techniqueLabel = groupLabel(group);
  const tag = (id: string) => [{ group, id }];
  const words = WORDS[group];
  const layout = useMediaQuery(NARROW_CHARTS) ? NARROW : WIDE;
  const { width, row, barX } = layout;
  const rows = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const x = scaleLinear()
    .domain([0, max])
    .nice(5)
    .range([barX, width - 40]);
  const height = TOP + rows.length * row + AXIS;
  const axisY = TOP + rows.length * row;
  const title = words.title;

  const chart = rows.length > 0 && (
    <ChartSvg
      id={group === 'technique' ? 'bars' : `${group}-bars`}
      title={title}
      width={width}
      height={height}
    >
      {x.ticks(5).map((t) => (
        <g key={t} className="axis">
          <line className="grid" x1={x(t)} x2={x(t)} y1={TOP} y2={axisY} />
          <text x={x(t)} y={axisY + 16} textAnchor="middle">
            {t}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * row;
        const name = techniqueLabel(r.id);
        return (
          <SvgLink
            key={r.id}
            href={hrefFor(tag(r.id))}
            label={`${name}: ${papersText(r.count)}`}
            className="mark bar"
            row={i}
          >
            <rect className="hit" x={0} y={y} width={width} height={row} />
            <text
              className={layout === NARROW ? 'row-label row-label--above' : 'row-label'}
              x={layout.label.x}
              y={y + layout.label.y}
              dy="0.35em"
              textAnchor={layout.label.anchor}
            >
              {name}
            </text>
            <rect
              className="bar-fill"
              x={barX}
              y={y + layout.bar.y}
              width={Math.max(1, x(r.count) - barX)}
              height={layout.bar.height}
            />
            <text
              className="value"
              x={x(r.count) + 5}
              y={y + layout.bar.y + layout.bar.height / 2}
              dy="0.35em"
            >
              {r.count}
            </text>
          </SvgLink>
        );
      })}
    </ChartSvg>
  );

  const table = (
    <CountTable
      caption={title}
      heading={group === 'technique' ? 'Technique' : 'Topic'}
      rows={rows.map((r) => ({
        key: r.id,
        label: techniqueLabel(r.id),
        count: r.count,
        href: hrefFor(tag(r.id)),
      }))}
    />
  );

  return (
    <ChartSection
      id={group === 'technique' ? 'bars' : `${group}-bars`}
      title={title}
      description={`How many papers in view carry each ${words.one}. A paper can carry several, so the bars add up to more than the papers in view. Each bar opens those papers.`}
      chart={chart}
      table={table}
      empty={`No paper in view has ${words.empty}.`}
    />
  );
}
