import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

// One policy for `vite preview` and for static hosts (public/_headers), read from the same file.
function previewHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m?.[1] && m[2]) headers[m[1]] = m[2].trim();
  }
  return headers;
}

/**
 * `vite preview` answers a path it cannot decode (`/paper/%E0%A4%A`) with an empty 404. Serve the
 * app instead, as for any unknown path, so the visitor gets its readable "Not found" page.
 */
function spaFallbackForMalformedPaths(): Plugin {
  // The result is used: a bare decodeURIComponent() call would be dropped as side-effect free.
  const decodes = (path: string): boolean => {
    try {
      return typeof decodeURIComponent(path) === 'string';
    } catch {
      return false;
    }
  };
  return {
    name: 'spa-fallback-for-malformed-paths',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        const html =
          (req.method === 'GET' || req.method === 'HEAD') &&
          req.headers.accept?.includes('text/html');
        if (html && !decodes(path)) req.url = '/';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), spaFallbackForMalformedPaths()],
  build: { target: 'es2022', sourcemap: false },
  // SITE_URL (the public address, issue 17) reaches the page as import.meta.env.SITE_URL, for
  // citations; the prerender (scripts/prerender.ts) reads it for canonical and og:url links.
  envPrefix: ['VITE_', 'SITE_URL'],
  worker: { format: 'es' },
  preview: { headers: previewHeaders() },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
