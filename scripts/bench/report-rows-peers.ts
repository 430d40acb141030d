/** Rows for the Node engine and the peers (naive scan, Pagefind); ratios are ours ÷ peer. */
import { fmtBytes, fmtMs } from './stats';
import { cell, pair, ratio, type Row } from './report-cells';

export const ENGINE_AND_PEER_ROWS: Row[] = [
  {
    section: 'Node (engine)',
    label: 'JSON.parse of the corpus',
    cell: (r) => cell(r.node, (n) => fmtMs(n.parseMs)),
  },
  {
    section: 'Node (engine)',
    label: 'createSearchIndex wall / CPU time / heap',
    cell: (r) =>
      cell(r.node, (n) =>
        n.engine
          ? `${fmtMs(n.engine.indexMs)} / ${fmtMs(n.engine.indexCpuMs)} / ${fmtBytes(n.engine.heapIndex)}`
          : `failed: ${n.engineError}`,
      ),
  },
  {
    section: 'Node (engine)',
    label: 'index.bin size / loadIndex time / heap',
    cell: (r) =>
      cell(r.node, (n) =>
        n.loaded
          ? `${fmtBytes(n.loaded.bytes)} / ${fmtMs(n.loaded.loadMs)} / ${fmtBytes(n.loaded.heapIndex)}`
          : (n.loadedError ?? 'no index.bin'),
      ),
  },
  {
    section: 'Node (engine)',
    label: 'searchIndex on the loaded index.bin, p50 / p95',
    cell: (r) =>
      cell(r.node, (n) =>
        n.loaded ? pair(n.loaded.latency.p50, n.loaded.latency.p95, fmtMs) : 'n/a',
      ),
  },
  {
    section: 'Node (engine)',
    label: "searchIndex on createSearchIndex's index, p50 / p95",
    cell: (r) =>
      cell(r.node, (n) =>
        n.engine ? pair(n.engine.latency.p50, n.engine.latency.p95, fmtMs) : 'n/a',
      ),
  },
  {
    section: 'Node (engine)',
    label: 'runSearch (search + facets + full sort) p50 / p95',
    cell: (r) =>
      cell(r.node, (n) =>
        n.pipeline
          ? pair(n.pipeline.latency.p50, n.pipeline.latency.p95, fmtMs)
          : `failed: ${n.pipelineError}`,
      ),
  },
  {
    section: 'Node (engine)',
    label: 'runSearchPage per typed prefix (a keystroke: top 25 + facets) p50 / p95',
    cell: (r) =>
      cell(r.node, (n) =>
        n.pipeline ? pair(n.pipeline.typing.p50, n.pipeline.typing.p95, fmtMs) : 'n/a',
      ),
  },
  {
    section: 'Peer: naive scan',
    label: 'Node: query p50 / p95',
    cell: (r) =>
      cell(r.node, (n) =>
        n.naive ? pair(n.naive.latency.p50, n.naive.latency.p95, fmtMs) : 'n/a',
      ),
  },
  {
    section: 'Peer: naive scan',
    label: 'Node: engine ÷ naive (p50, p95)',
    cell: (r) =>
      cell(
        r.node,
        (n) =>
          `${ratio(n.engine?.latency.p50 ?? NaN, n.naive?.latency.p50 ?? NaN)}, ${ratio(n.engine?.latency.p95 ?? NaN, n.naive?.latency.p95 ?? NaN)}`,
      ),
  },
  {
    section: 'Peer: naive scan',
    label: 'Chromium: query p50 / p95 (prep)',
    cell: (r) =>
      cell(
        r.naiveBrowser,
        (b) => `${pair(b.latency.p50, b.latency.p95, fmtMs)} (${fmtMs(b.prepMs)})`,
      ),
  },
  {
    section: 'Peer: naive scan',
    label: 'Chromium: keystroke p95 ÷ naive query p95',
    cell: (r) =>
      r.browser.ok && r.naiveBrowser.ok
        ? ratio(r.browser.value.keystroke.p95, r.naiveBrowser.value.latency.p95)
        : 'n/a',
  },
  {
    section: 'Peer: Pagefind',
    label: 'Index build time / bundle size (files)',
    cell: (r) => cell(r.pagefindBuild, (p) => `${fmtMs(p.ms)} / ${fmtBytes(p.bytes)} (${p.files})`),
  },
  {
    section: 'Peer: Pagefind',
    label: 'init time / bytes',
    cell: (r) => cell(r.pagefind, (p) => `${fmtMs(p.initMs)} / ${fmtBytes(p.initBytes)}`),
  },
  {
    section: 'Peer: Pagefind',
    label: 'Query + 25 results, cold p50 / p95',
    cell: (r) => cell(r.pagefind, (p) => pair(p.cold.p50, p.cold.p95, fmtMs)),
  },
  {
    section: 'Peer: Pagefind',
    label: 'Query + 25 results, warm p50 / p95',
    cell: (r) => cell(r.pagefind, (p) => pair(p.warm.p50, p.warm.p95, fmtMs)),
  },
  {
    section: 'Peer: Pagefind',
    label: 'Bytes for the first pass of all queries',
    cell: (r) => cell(r.pagefind, (p) => fmtBytes(p.queryBytes)),
  },
  {
    section: 'Peer: Pagefind',
    label: 'Keystroke p95 ÷ Pagefind cold p95; first-load bytes ÷ Pagefind init bytes',
    cell: (r) =>
      r.browser.ok && r.pagefind.ok
        ? `${ratio(r.browser.value.keystroke.p95, r.pagefind.value.cold.p95)}; ${ratio(r.browser.value.bytesBeforeList, r.pagefind.value.initBytes)}`
        : 'n/a',
  },
];
