import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useRovingMarks } from './use-roving-marks';

interface Props {
  id: string;
  title: string;
  description: ReactNode;
  /** The SVG chart, or null when nothing in view can be drawn. */
  chart: ReactNode;
  table: ReactNode;
  empty: string;
}

/** One chart with its heading, a note on how to read it, and the same data as a table. */
export function ChartSection({ id, title, description, chart, table, empty }: Props) {
  return (
    <section className="insight" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="insight-note muted">{description}</p>
      {chart ? (
        <>
          <div className="chart-scroll">{chart}</div>
          <details className="chart-table">
            <summary>Show as table</summary>
            <div className="table-scroll">{table}</div>
          </details>
        </>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}

interface SvgProps {
  id: string;
  title: string;
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * Screens where charts take their phone layout: labels above their rows and the whole scale within
 * the width, so a chart fits a 360–390 px screen instead of scrolling sideways.
 */
export const NARROW_CHARTS = '(max-width: 600px)';

/** Share of its natural size a chart may shrink to; any narrower and its labels get too small to read. */
const MIN_SCALE = 0.8;

/**
 * Drawn at its natural size when it fits; shrinks with its container down to MIN_SCALE, below
 * which its container scrolls sideways. The minimum is set through CSSOM (a style object), which
 * the CSP allows, unlike a style attribute in markup.
 */
export function ChartSvg({ id, title, width, height, children }: SvgProps) {
  const { ref, onKeyDown, onFocus } = useRovingMarks();
  return (
    <svg
      ref={ref}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      style={{ minWidth: Math.round(width * MIN_SCALE) }}
      aria-labelledby={`${id}-svg-title`}
    >
      <title id={`${id}-svg-title`}>{title}</title>
      {children}
    </svg>
  );
}

export const papersText = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;

/** A bar chart's numbers as a table: each row's label, and its count as a link to its papers. */
export function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  /** The first column's heading ("Topic", "Year"). */
  heading: string;
  rows: { key: string; label: string; count: number; href: string }[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Papers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">
              <Link to={r.href} aria-label={`${papersText(r.count)}: ${r.label}`}>
                {r.count}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
