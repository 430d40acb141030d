/** Rows for the corpus build, first load and typing: one metric per row, one size per column. */
import { fmtBytes, fmtMs } from './stats';
import { cell, check, pair, type Row } from './report-cells';
import type { HeapFigures } from './heap-usage';
import { PHRASE_QUERY } from './measure-phrase';

/** Older results stored a number (main-thread heap only). */
const heapTotal = (h: HeapFigures | number) => (typeof h === 'number' ? h : h.main + h.workers);
import { ENGINE_AND_PEER_ROWS } from './report-rows-peers';

const APP_ROWS: Row[] = [
  {
    section: 'Machine load',
    label: 'Load average (1 min) when the size started',
    cell: (r) => (r.loadAvg === undefined ? 'n/a' : r.loadAvg.toFixed(1)),
  },
  {
    section: 'Corpus build',
    label: 'Dump size',
    cell: (r) => (r.dumpBytes ? fmtBytes(r.dumpBytes) : 'n/a'),
  },
  {
    section: 'Corpus build',
    label: 'Build wall time (process, incl. Node start)',
    target: '≤ 60 s at 100k',
    cell: (r) => cell(r.build, (b) => check(fmtMs(b.wallMs), b.wallMs, { large: 60_000 }, r.size)),
  },
  {
    section: 'Corpus build',
    label: 'Build time reported by the script / process CPU time',
    cell: (r) => cell(r.build, (b) => pair(b.reportedMs ?? NaN, b.cpuMs ?? NaN, fmtMs)),
  },
  {
    section: 'Corpus build',
    label: 'Build peak RSS',
    cell: (r) =>
      cell(r.build, (b) => fmtBytes(b.peakRss ?? NaN) + (b.heapNote ? ` (${b.heapNote})` : '')),
  },
  {
    section: 'Corpus build',
    label: 'Corpus files, raw / gzip',
    cell: (r) =>
      cell(r.build, (b) =>
        b.files
          .map((f) => {
            const n = f.name.endsWith('/') ? ` (${f.count ?? 0} files)` : '';
            return `${f.name}${n}: ${pair(f.bytes, f.gzipBytes, fmtBytes)}`;
          })
          .join('<br>'),
      ),
  },
  {
    section: 'Corpus build',
    label: 'Build stages (as the script reports them)',
    cell: (r) =>
      cell(r.build, (b) =>
        b.stages
          ? Object.entries(b.stages)
              .map(([k, v]) => `${k} ${fmtMs(v)}`)
              .join(', ')
          : 'n/a',
      ),
  },
  {
    section: 'First load (Chromium)',
    label: 'Bytes before the list shows (gzip)',
    target: '≤ 160 KB at 119',
    cell: (r) =>
      cell(r.browser, (b) =>
        check(fmtBytes(b.bytesBeforeList), b.bytesBeforeList, { small: 160 * 1024 }, r.size),
      ),
  },
  {
    section: 'First load (Chromium)',
    label: '… of which /data/ (gzip)',
    cell: (r) =>
      cell(r.browser, (b) =>
        fmtBytes(
          b.filesBeforeList
            .filter((f) => f.path.startsWith('/data/'))
            .reduce((s, f) => s + f.bytes, 0),
        ),
      ),
  },
  {
    section: 'First load (Chromium)',
    label: 'Navigation start → list visible',
    target: '≤ 1 / 3 / 5 s',
    cell: (r) =>
      cell(r.browser, (b) =>
        check(
          fmtMs(b.listShownMs),
          b.listShownMs,
          { small: 1000, medium: 3000, large: 5000 },
          r.size,
        ),
      ),
  },
  {
    section: 'Typing (Chromium)',
    label: 'Keystroke → results on screen updated, p50',
    cell: (r) => cell(r.browser, (b) => fmtMs(b.keystroke.p50)),
  },
  {
    section: 'Typing (Chromium)',
    label: 'Keystroke → results on screen updated, p95',
    // One 60 Hz frame at 119 and 10k papers (issue 16).
    target: '≤ 16 / 16 / 50 ms',
    cell: (r) =>
      cell(r.browser, (b) =>
        check(
          fmtMs(b.keystroke.p95),
          b.keystroke.p95,
          { small: 16, medium: 16, large: 50 },
          r.size,
        ),
      ),
  },
  {
    section: 'Typing (Chromium)',
    label: 'Keystroke → whole list updated (rows below the screen follow the paint), p50 / p95',
    cell: (r) =>
      cell(r.browser, (b) => pair(b.wholeList?.p50 ?? NaN, b.wholeList?.p95 ?? NaN, fmtMs)),
  },
  {
    section: 'Typing (Chromium)',
    label: 'Every key → next fresh results, p50 / p95',
    cell: (r) =>
      cell(r.browser, (b) => pair(b.freshResults?.p50 ?? NaN, b.freshResults?.p95 ?? NaN, fmtMs)),
  },
  {
    section: 'Typing (Chromium)',
    label: 'Keystroke max / first key (until fresh results)',
    cell: (r) => cell(r.browser, (b) => pair(b.keystroke.max, b.firstKeyMs, fmtMs)),
  },
  {
    section: 'Typing (Chromium)',
    label: 'Keys with their own update / without (superseded or unchanged)',
    cell: (r) => cell(r.browser, (b) => `${b.keystroke.n} / ${b.superseded}`),
  },
  {
    section: 'Typing (Chromium)',
    label: 'JS heap incl. array buffers, page + workers: at list / after typing / after GC',
    target: '≤ 500 MB at 100k',
    cell: (r) =>
      cell(r.browser, (b) => {
        const at = [b.heapAtList, b.heapAfterTyping, b.heapAfterGc].map(heapTotal);
        const text = at.map(fmtBytes).join(' / ');
        const w = b.heapAfterGc.workerCount
          ? ` (worker: ${fmtBytes(b.heapAfterGc.workers)} after GC)`
          : '';
        return check(text, Math.max(...at), { large: 500 * 1024 ** 2 }, r.size) + w;
      }),
  },
  {
    section: 'Exact phrase by URL (Chromium)',
    label: `${PHRASE_QUERY}: navigation → first count / exact count; papers; bytes (requests)`,
    cell: (r) =>
      r.phrase
        ? cell(
            r.phrase,
            (p) =>
              `${pair(p.firstMs, p.exactMs, fmtMs)}; ${p.papers}; ${fmtBytes(p.bytes)} (${p.requests})`,
          )
        : 'n/a',
  },
];

export const ROWS: Row[] = [...APP_ROWS, ...ENGINE_AND_PEER_ROWS];
