import { defineConfig } from 'vitest/config';
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

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  preview: { headers: previewHeaders() },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
