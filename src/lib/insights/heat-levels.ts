/**
 * Heatmap shades: four steps of the accent colour (fill-opacity over the page background). The
 * steps are chosen so a count written on a cell passes WCAG AA in both themes: the three light
 * steps take the normal text colour, the full step takes the accent's own text colour. There is
 * no step between 0.5 and 1 because neither text colour passes there in the light theme
 * (heat-levels.test.ts checks this against the theme colours in src/styles/base.css).
 */
import { scaleQuantize } from 'd3-scale';

export interface HeatLevel {
  opacity: number;
  /** Text on this shade uses --accent-fg instead of --fg. */
  onAccent: boolean;
}

export const HEAT_LEVELS: readonly HeatLevel[] = [
  { opacity: 0.18, onAccent: false },
  { opacity: 0.3, onAccent: false },
  { opacity: 0.5, onAccent: false },
  { opacity: 1, onAccent: true },
];

export interface HeatScale {
  /** Level index for a count > 0; undefined for 0 (no shade). */
  level: (count: number) => number | undefined;
  /** Count ranges per level, for the legend: [from, to] inclusive; empty levels are left out. */
  legend: { level: number; from: number; to: number }[];
}

export function heatScale(max: number): HeatScale {
  const top = HEAT_LEVELS.length - 1;
  if (max <= 1) {
    return {
      level: (n) => (n > 0 ? top : undefined),
      legend: max === 1 ? [{ level: top, from: 1, to: 1 }] : [],
    };
  }
  // Bands of equal width on a log scale: counts are skewed (one modality dominates), and linear
  // bands would put almost every cell in the palest shade.
  const q = scaleQuantize<number>()
    .domain([0, Math.log(max)])
    .range(HEAT_LEVELS.map((_, i) => i));
  const level = (n: number) => (n > 0 ? q(Math.log(Math.min(n, max))) : undefined);
  const legend: HeatScale['legend'] = [];
  for (let n = 1; n <= max; n++) {
    const l = level(n) ?? 0;
    const last = legend[legend.length - 1];
    if (last?.level === l) last.to = n;
    else legend.push({ level: l, from: n, to: n });
  }
  return { level, legend };
}
