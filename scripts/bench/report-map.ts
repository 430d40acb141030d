/**
 * The map's section of BENCHMARKS.md: layout time in the build, bytes, first frame, pan/zoom
 * frame times per size. Kept between two markers, so a map-only run (`npm run bench -- --map`)
 * replaces it and leaves the rest of the file as it was.
 */
import type { Phase } from './phase';
import type { BuildMetrics } from './measure-build';
import type { MapMetrics } from './measure-map';
import { cell, check, pair } from './report-cells';
import { fmtBytes, fmtMs } from './stats';

export interface MapSizeResult {
  size: number;
  measuredAt: string;
  loadAvg: number;
  build: Phase<BuildMetrics>;
  map: Phase<MapMetrics>;
}

const MAP_START = '<!-- bench:map -->';
const MAP_END = '<!-- /bench:map -->';

const label = (size: number) =>
  size >= 1000 ? `${size / 1000}k papers (synthetic)` : `${size} papers (real dump)`;

const ROWS: { label: string; target?: string; cell: (r: MapSizeResult) => string }[] = [
  {
    label: 'Measured at (load average, 1 min)',
    cell: (r) => `${r.measuredAt} (${r.loadAvg.toFixed(1)})`,
  },
  {
    label: 'Layout time in the corpus build',
    target: '≤ 20 s at 100k',
    cell: (r) =>
      cell(r.build, (b) => {
        const ms = b.stages?.['map layout'] ?? Number.NaN;
        return check(fmtMs(ms), ms, { large: 20_000 }, r.size);
      }),
  },
  {
    label: 'Build wall time / peak RSS (whole build)',
    cell: (r) => cell(r.build, (b) => `${fmtMs(b.wallMs)} / ${fmtBytes(b.peakRss ?? NaN)}`),
  },
  {
    label: 'map.bin (fetched when a map opens)',
    cell: (r) => cell(r.map, (m) => fmtBytes(m.mapBinBytes)),
  },
  {
    label:
      'Bytes the map adds to an open app (map chunk + map.bin, as sent) / page total to first frame',
    cell: (r) => cell(r.map, (m) => pair(m.bytesAddedByMap, m.bytesToFirstFrame, fmtBytes)),
  },
  {
    label: 'Navigation → first drawn frame of /map',
    target: '≤ 1 / 2 / 4 s',
    cell: (r) =>
      cell(r.map, (m) =>
        check(
          fmtMs(m.firstFrameMs),
          m.firstFrameMs,
          { small: 1000, medium: 2000, large: 4000 },
          r.size,
        ),
      ),
  },
  {
    label: 'Pan and zoom: drawing a frame, p50 / p95 (frames)',
    target: 'p95 ≤ 16 ms at 10k, 33 ms at 100k',
    cell: (r) =>
      cell(r.map, (m) => {
        const text = `${pair(m.draw.p50, m.draw.p95, fmtMs)} (${m.draw.n})`;
        return check(text, m.draw.p95, { medium: 16, large: 33 }, r.size);
      }),
  },
  {
    label: 'Pan and zoom: interval between animation frames, p50 / p95',
    cell: (r) => cell(r.map, (m) => pair(m.interval.p50, m.interval.p95, fmtMs)),
  },
];

export function renderMapSection(results: Record<string, MapSizeResult>): string {
  const sizes = Object.values(results).sort((a, b) => a.size - b.size);
  return [
    MAP_START,
    '## Map',
    '',
    'Measured by `npm run bench` (or `npm run bench -- --map --sizes …` for the map alone): the',
    'layout stage of the corpus build, then `/map` in headless Chromium at 1280×720 on the same',
    'static server as above; pan and zoom are three rounds of a 60-step drag and 20 wheel turns.',
    '',
    `| Metric | Target | ${sizes.map((r) => label(r.size)).join(' | ')} |`,
    `|---|---|${sizes.map(() => '---|').join('')}`,
    ...ROWS.map(
      (row) => `| ${row.label} | ${row.target ?? ''} | ${sizes.map(row.cell).join(' | ')} |`,
    ),
    MAP_END,
  ].join('\n');
}

/** The file with its map section replaced, or inserted before `before` (or at the end). */
export function spliceMapSection(file: string, section: string, before: string): string {
  const start = file.indexOf(MAP_START);
  const end = file.indexOf(MAP_END);
  if (start >= 0 && end > start)
    return file.slice(0, start) + section + file.slice(end + MAP_END.length);
  const at = file.indexOf(before);
  return at >= 0
    ? `${file.slice(0, at)}${section}\n\n${file.slice(at)}`
    : `${file.trimEnd()}\n\n${section}\n`;
}
