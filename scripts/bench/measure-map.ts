/**
 * The map in headless Chromium: navigation → first drawn frame, the bytes the map page fetches
 * (map.bin and in all), and frame times while panning and zooming. A frame's time is the map's
 * own drawing (the `map-frame` performance measures of map-canvas.tsx: points, names, rings), and
 * the interval between animation frames while a drag or wheel goes on (what the reader sees).
 */
import type { Browser } from 'playwright-core';
import { summarize, type Summary } from './stats';
import type { StaticServer } from './static-server';

export interface MapMetrics {
  firstFrameMs: number;
  mapBinBytes: number;
  /** Everything the page fetched until the first frame (gzip as sent), app and corpus included. */
  bytesToFirstFrame: number;
  /** What opening the map adds to a page that already shows the list (map chunk + map.bin). */
  bytesAddedByMap: number;
  draw: Summary;
  interval: Summary;
}

/** Records every animation frame's time (installed once; each round empties the list). */
const FRAMES_INIT = `(() => {
  window.__mapFrames = [];
  const tick = (t) => { window.__mapFrames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

export async function measureMap(
  browser: Browser,
  server: StaticServer,
  size: number,
): Promise<MapMetrics> {
  const big = size >= 50_000;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    server.reset();
    await page.goto(server.url + '/map', { waitUntil: 'commit' });
    const canvas = page.locator('canvas[data-drawn="true"]');
    await canvas.waitFor({ state: 'attached', timeout: big ? 600_000 : 60_000 });
    const firstFrameMs = (await page.evaluate(
      "performance.getEntriesByName('map-first-frame')[0]?.startTime ?? NaN",
    )) as number;
    const sent = server.sent();
    const bytesToFirstFrame = server.bytesSent();
    const mapBinBytes = sent.find((f) => f.path.endsWith('/map.bin'))?.bytes ?? Number.NaN;
    const bytesAddedByMap = sent
      .filter((f) => f.path.endsWith('/map.bin') || /\/assets\/map-page-/.test(f.path))
      .reduce((s, f) => s + f.bytes, 0);

    // Pan and zoom: drags across the canvas and wheel turns, with frames timed meanwhile.
    const box = (await canvas.boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.evaluate("performance.clearMeasures('map-frame')");
    const intervals: number[] = [];
    await page.evaluate(FRAMES_INIT);
    for (let round = 0; round < 3; round++) {
      await page.evaluate('window.__mapFrames.splice(0)');
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 8, cy + Math.sin(i / 4) * 40);
      for (let i = 30; i >= 0; i--) await page.mouse.move(cx + i * 8, cy - Math.sin(i / 4) * 40);
      await page.mouse.up();
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -120);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 120);
      const frames = (await page.evaluate('window.__mapFrames.splice(0)')) as number[];
      for (let i = 1; i < frames.length; i++) intervals.push(frames[i]! - frames[i - 1]!);
    }
    const draws = (await page.evaluate(
      "performance.getEntriesByName('map-frame').map((e) => e.duration)",
    )) as number[];
    return {
      firstFrameMs,
      mapBinBytes,
      bytesToFirstFrame,
      bytesAddedByMap,
      draw: summarize(draws),
      interval: summarize(intervals),
    };
  } finally {
    await context.close();
  }
}
