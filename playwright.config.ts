import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './scripts/chromium-args';

// Use Debian's Chromium when present; Playwright's own browser otherwise. Nothing downloads one.
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
  : {};

// E2E_PORT lets a second checkout test beside a running one.
const port = Number(process.env.E2E_PORT ?? 4173);
// The same site built with search forced into the worker (npm run build:worker-test), which the
// site uses only from 20,000 papers (search-client.ts): the specs of search, and of exports that
// wait for it, run on both.
const workerPort = port + 1;
const preview = (outDir: string, p: number) => ({
  command: `npx vite preview --outDir ${outDir} --port ${p} --strictPort --host 127.0.0.1`,
  url: `http://127.0.0.1:${p}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : 'line',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'worker',
      testMatch: /\/(search|query-note|csp|export-right-away)\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
        baseURL: `http://127.0.0.1:${workerPort}`,
      },
    },
  ],
  // The sites are built by `npm run test:e2e` before this runs; preview serves them with the CSP headers.
  webServer: [preview('dist', port), preview('dist-worker', workerPort)],
});
