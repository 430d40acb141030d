// @vitest-environment jsdom
/**
 * The prerender step (scripts/prerender.ts) on a crafted dump: every paper gets a page whose head
 * and body read back exactly (a hostile title with quotes, markup, `</script>` and emoji included),
 * plus the home page, 404.html, robots.txt and sitemap.xml; PRERENDER=off writes no paper page.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/corpus/build';
import { writeCorpus } from '../../scripts/corpus/write-corpus';
import { prerender, prerenderMode, siteUrlFrom, splitTemplate } from '../../scripts/prerender';
import type { Corpus } from '../../src/lib/types';

const dist = mkdtempSync(join(tmpdir(), 'pe-prerender-'));
const template = readFileSync('index.html', 'utf8').replace('/src/main.tsx', '/assets/app.js');
let corpus: Corpus;

beforeAll(async () => {
  const built = await buildAll(readFileSync('tests/fixtures/dumps/paper-ids.txt', 'utf8'), {
    source: 'paper-ids.txt',
  });
  corpus = built.corpus;
  mkdirSync(join(dist, 'data'));
  writeCorpus(join(dist, 'data'), corpus, built.index);
}, 60_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('prerender', () => {
  it('writes a page per paper, the home page, 404.html, robots.txt and sitemap.xml', () => {
    writeFileSync(join(dist, 'index.html'), template);
    const { pages, notes } = prerender(dist, { siteUrl: 'https://ex.org/pe', mode: 'all' });
    expect(pages).toBe(corpus.papers.length);
    expect(notes).toEqual([]);
    expect(readdirSync(join(dist, 'paper')).sort()).toEqual(
      corpus.papers.map((p) => `${p.slug}.html`).sort(),
    );
    expect(read('404.html')).toBe(read('index.html'));
    expect(read('robots.txt')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://ex.org/pe/sitemap.xml\n',
    );
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://ex.org/pe/',
      ...corpus.papers.map((p) => `https://ex.org/pe/paper/${p.slug}`),
    ]);
    const home = parse(read('index.html'));
    expect(home.title).toBe('Paper Explorer');
    expect(home.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://ex.org/pe/',
    );
    expect(home.querySelectorAll('#root .no-js-only li')).toHaveLength(corpus.papers.length);
  });

  it('escapes a hostile title into valid HTML and JSON-LD', () => {
    const hostile = corpus.papers.find((p) => p.title.includes('🚀'))!;
    expect(hostile.title).toBe('Quote "Breaking" & <Friends> & Emoji 🚀 Attention');
    const html = read(`paper/${hostile.slug}.html`);
    const doc = parse(html);
    expect(doc.querySelector('h1')!.textContent).toBe(hostile.title);
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(
      hostile.title,
    );
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'module']);
    const ld = JSON.parse(scripts[0]!.textContent!);
    expect(ld).toMatchObject({ '@type': 'ScholarlyArticle', name: hostile.title });
    expect(ld.identifier.value).toBe('2401.01234');
    expect(doc.querySelector('#root')!.getAttribute('data-prerendered')).toBe('paper');
    expect(doc.querySelectorAll('#root b, #root script, #root img')).toHaveLength(0);
  });

  it('links the arXiv page and PDF where the abstract names the id, and says the month', () => {
    const doc = parse(
      read('paper/ring-attention-with-blockwise-transformers-for-near-infinite-context.html'),
    );
    const links = [...doc.querySelectorAll('.find-links a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links.slice(0, 2)).toEqual([
      ['arXiv 2310.01889', 'https://arxiv.org/abs/2310.01889'],
      ['PDF', 'https://arxiv.org/pdf/2310.01889'],
    ]);
    expect(doc.querySelector('.paper-meta')!.textContent).toContain(
      'First posted on arXiv October 2023',
    );
  });

  it('can run again on its own output, giving the same pages', () => {
    const before = read('index.html');
    const page = read(`paper/${corpus.papers[0]!.slug}.html`);
    prerender(dist, { siteUrl: 'https://ex.org/pe', mode: 'all' });
    expect(read('index.html')).toBe(before);
    expect(read(`paper/${corpus.papers[0]!.slug}.html`)).toBe(page);
  });

  it('without SITE_URL leaves out canonical links and the sitemap, and says so once', () => {
    writeFileSync(join(dist, 'index.html'), template);
    rmSync(join(dist, 'sitemap.xml'));
    const { notes } = prerender(dist, { mode: 'off' });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/SITE_URL is not set/);
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(dist, 'paper'))).toBe(false);
    expect(read('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('reads its settings strictly', () => {
    expect(prerenderMode(undefined)).toBe('auto');
    expect(prerenderMode('ALL')).toBe('all');
    expect(() => prerenderMode('sometimes')).toThrow(/PRERENDER must be/);
    expect(siteUrlFrom('https://ex.org/')).toBe('https://ex.org');
    expect(() => siteUrlFrom('ex.org')).toThrow(/SITE_URL/);
    expect(() => siteUrlFrom('javascript:alert(1)')).toThrow(/SITE_URL/);
    expect(() => splitTemplate('<html></html>')).toThrow(/lacks/);
  });
});
