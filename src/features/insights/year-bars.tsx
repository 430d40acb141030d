import { scaleLinear } from 'd3-scale';
import type { YearCount } from '../../lib/insights/counts';
import { ChartSection, ChartSvg, CountTable, NARROW_CHARTS, papersText } from './chart-section';
import { SvgLink } from './svg-link';
import { useMediaQuery } from '../../hooks/use-media-query';

const TITLE = 'Papers per year';
const PLOT = 170;
const TOP = 18;
const AXIS = 24;
/** Room for the count axis's labels. */
const LEFT = 34;
/** Widest column slot: a listing of three years keeps columns, not slabs. */
const MAX_BAND = 56;
/** Narrowest room a year label needs; past it only every few years are labelled. */
const LABEL_ROOM = 36;

/**
 * Papers in view per year they are dated in, a column per year from the first to the last. Each
 * column opens that year's papers (the view with `since` and `until` set to it).
 */
export function YearBars({
  years,
  undated,
  hrefFor,
}: {
  years: YearCount[];
  undated: number;
  hrefFor: (year: number) => string;
}) {
  const full = useMediaQuery(NARROW_CHARTS) ? 360 : 720;
  const width = Math.min(full, LEFT + 8 + years.length * MAX_BAND);
  const band = (width - LEFT - 8) / Math.max(1, years.length);
  const every = Math.ceil(LABEL_ROOM / band);
  const max = Math.max(1, ...years.map((y) => y.count));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([TOP + PLOT, TOP]);
  const base = TOP + PLOT;
  const dated = years.some((r) => r.count > 0);

  const chart = dated && (
    <ChartSvg id="years" title={TITLE} width={width} height={base + AXIS}>
      {y.ticks(4).map((t) => (
        <g key={t} className="axis">
          <line className="grid" x1={LEFT} x2={width} y1={y(t)} y2={y(t)} />
          <text x={LEFT - 6} y={y(t)} dy="0.35em" textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {years.map((r, i) => {
        const x = LEFT + i * band;
        const label = `${r.year}: ${papersText(r.count)}`;
        const column = (
          <>
            <rect
              className="bar-fill"
              x={x + band * 0.15}
              y={y(r.count)}
              width={band * 0.7}
              height={base - y(r.count)}
            />
            {band >= 18 && r.count > 0 && (
              <text className="value" x={x + band / 2} y={y(r.count) - 4} textAnchor="middle">
                {r.count}
              </text>
            )}
          </>
        );
        return (
          <g key={r.year}>
            {/* A year without papers has nothing to open. */}
            {r.count > 0 ? (
              <SvgLink href={hrefFor(r.year)} label={label} className="mark bar" row={0}>
                <rect className="hit" x={x} y={TOP} width={band} height={PLOT} />
                {column}
              </SvgLink>
            ) : (
              column
            )}
            {i % every === 0 && (
              <text className="axis-label" x={x + band / 2} y={base + 16} textAnchor="middle">
                {r.year}
              </text>
            )}
          </g>
        );
      })}
    </ChartSvg>
  );

  const table = (
    <CountTable
      caption={TITLE}
      heading="Year"
      rows={years
        .filter((r) => r.count > 0)
        .map((r) => ({
          key: String(r.year),
          label: String(r.year),
          count: r.count,
          href: hrefFor(r.year),
        }))}
    />
  );

  return (
    <ChartSection
      id="years"
      title={TITLE}
      description={`How many papers in view are dated in each year: the year the listing states, else the year first posted on arXiv. Each column opens that year's papers.${undated > 0 ? ` ${papersText(undated)} in view ${undated === 1 ? 'is' : 'are'} undated and not counted.` : ''}`}
      chart={chart}
      table={table}
      empty="No paper in view is dated."
    />
  );
}
