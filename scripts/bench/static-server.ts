/**
 * Tiny static host for the bench: mounts directories under URL prefixes, serves index.html for
 * unknown paths (like the hosts in the contract), gzips text on the fly (cached), and counts the
 * body bytes it sends so the bench knows what the browser downloaded.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface Mount {
  /** URL prefix ending in '/', e.g. '/data/'. Longest prefix wins. */
  prefix: string;
  dir: string;
}

interface SentRecord {
  path: string;
  bytes: number;
  gzip: boolean;
}

export interface StaticServer {
  url: string;
  /** Body bytes sent since the last reset(). */
  bytesSent(): number;
  sent(): SentRecord[];
  reset(): void;
  /** Gzips every compressible file of the mounts now, as a host serving precompressed files would. */
  precompress(): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};
// Pagefind's own files (.pf_*, .pagefind) are already gzipped; compressing them again is pointless.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

function resolveFile(mounts: readonly Mount[], urlPath: string): string | undefined {
  for (const m of mounts) {
    if (!urlPath.startsWith(m.prefix)) continue;
    const rel = normalize(urlPath.slice(m.prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
    const file = join(m.dir, rel);
    if (!file.startsWith(m.dir + sep) && file !== m.dir) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    return undefined;
  }
  return undefined;
}

/** Serves `mounts` (plus in-memory `virtual` files) on a free localhost port; `fallback` is index.html. */
export function startStaticServer(
  mounts: Mount[],
  fallback: string,
  virtual: Record<string, string> = {},
): Promise<StaticServer> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const gzCache = new Map<string, { mtime: number; body: Buffer }>();
  let log: SentRecord[] = [];

  function body(file: string, gzip: boolean): Buffer {
    if (!gzip) return readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const hit = gzCache.get(file);
    if (hit?.mtime === mtime) return hit.body;
    const gz = gzipSync(readFileSync(file), { level: 6 });
    gzCache.set(file, { mtime, body: gz });
    return gz;
  }

  const server = createServer((req, res) => {
    let path = '/';
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      path = '/';
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const inline = virtual[path];
    const file =
      inline === undefined
        ? (resolveFile(sorted, path) ?? (extname(path) ? undefined : fallback))
        : undefined;
    if (inline === undefined && !file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file ?? path) || '.html';
    const gzip = acceptsGzip && COMPRESSIBLE.has(ext);
    const raw = inline === undefined ? body(file ?? fallback, gzip) : Buffer.from(inline);
    const payload = inline !== undefined && gzip ? gzipSync(raw) : raw;
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': payload.length,
      'Cache-Control': 'no-store',
    };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
    log.push({ path, bytes: payload.length, gzip });
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        bytesSent: () => log.reduce((s, r) => s + r.bytes, 0),
        sent: () => [...log],
        reset: () => (log = []),
        precompress: () => {
          for (const m of sorted) {
            for (const rel of readdirSync(m.dir, { recursive: true, encoding: 'utf8' })) {
              const file = join(m.dir, rel);
              if (COMPRESSIBLE.has(extname(file)) && statSync(file).isFile()) body(file, true);
            }
          }
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
