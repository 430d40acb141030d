import { get as httpGet } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server';

const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
const site = join(root, 'site');
const data = join(root, 'data');
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(site);
  mkdirSync(data);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(data, 'corpus.json'), JSON.stringify({ papers: Array(200).fill('abc') }));
  writeFileSync(join(root, 'secret.txt'), 'no');
  server = await startStaticServer(
    [
      { prefix: '/', dir: site },
      { prefix: '/data/', dir: data },
    ],
    join(site, 'index.html'),
    { '/__bench/blank.html': '<!doctype html>' },
  );
});
afterAll(() => server.close());

/** Raw response body (fetch would decompress it). */
function raw(path: string): Promise<{ encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(server.url + path, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

const get = (path: string) => fetch(server.url + path, { headers: { 'accept-encoding': 'gzip' } });

describe('bench static server', () => {
  it('serves mounts gzipped and counts the bytes it sent', async () => {
    server.reset();
    const { encoding, body } = await raw('/data/corpus.json');
    expect(encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(body).toString()).papers).toHaveLength(200);
    expect(server.bytesSent()).toBe(body.length);
  });

  it('serves index.html for unknown paths, 404 for missing files and no traversal', async () => {
    expect(await (await get('/paper/some-slug')).text()).toContain('<title>app</title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect(await (await get('/data/../secret.txt')).text()).not.toBe('no');
    expect(await (await get('/__bench/blank.html')).text()).toBe('<!doctype html>');
  });
});
