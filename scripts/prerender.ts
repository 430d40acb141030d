/**
 * Prerender (issue 17): after `vite build`, writes real HTML for the home page and for every
 * paper (dist/paper/<slug>.html, served at /paper/<slug> with no redirect by vite preview,
 * Netlify, Cloudflare Pages, GitHub Pages, and nginx/Apache as the README says), plus robots.txt
 * and sitemap.xml. Each page is the built index.html with the paper's head (title, description,
 * Open Graph, Twitter card, canonical link, JSON-LD) and the page's markup inside #root, which the
 * app replaces once it has the same page ready (src/app/prerendered.ts).
 *
 * PRERENDER=auto (default) prerenders paper pages up to 20,000 papers and none above; `all`
 * always; `off` never (the home page, robots.txt and sitemap.xml are written in every case).
 * SITE_URL=https://host[/path] gives absolute canonical/og:url/og:image links and the sitemap;
 * without it they are left out, and the build says so once. DIST=dir reads another build.
 * Papers are read shard by shard from dist/data/, so memory stays that of meta.json plus a shard.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { joinPaper, metaCorpus, type MetaCorpus } from '../src/lib/corpus-rows';
import { checkShard } from '../src/lib/corpus-check';
import { shardSpan } from '../src/lib/corpus-format';
import { getValue, labelOf } from '../src/lib/taxonomy';
import type { Paper } from '../src/lib/types';
import { paperBody, paperHead, type PageContext } from '../src/lib/prerender/paper-html';
import {
  homeHead,
  homeStatic,
  robotsTxt,
  sitemapIndex,
  sitemaps,
} from '../src/lib/prerender/site-html';

export const AUTO_LIMIT = 20_000;
// Markers no built index.html holds (the template is Vite's output of ours).
const HEAD = '@@prerender:head@@';
const BODY = '@@prerender:body@@';
const NOSCRIPT = '@@prerender:noscript@@';

export class PrerenderError extends Error {}

/** The app shell as Vite built it (index.html before this step), kept beside the site. */
export const TEMPLATE = '.app-shell.html';

/** The built index.html cut around what each page replaces: the title and description, #root, <noscript>. */
export function splitTemplate(html: string): string[] {
  const marked = html
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, HEAD)
    .replace('<div id="root"></div>', `<div id="root"${BODY}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, NOSCRIPT);
  const parts = marked.split(/@@prerender:(?:head|body|noscript)@@/);
  if (parts.length !== 4)
    throw new PrerenderError(
      'dist/index.html lacks <title>, <div id="root"></div> or <noscript>: was it built from index.html?',
    );
  return parts;
}

export function siteUrlFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PrerenderError(`SITE_URL must be an absolute http(s) URL (got "${value}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PrerenderError(`SITE_URL must be an absolute http(s) URL (got "${value}")`);
  return url.href.replace(/\/+$/, '');
}

export function prerenderMode(value = process.env.PRERENDER): 'auto' | 'all' | 'off' {
  const v = (value ?? 'auto').toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'all' || v === 'on' || v === '1') return 'all';
  if (v === 'off' || v === '0' || v === 'none') return 'off';
  throw new PrerenderError(`PRERENDER must be auto, all or off (got "${value}")`);
}

export interface PrerenderResult {
  pages: number;
  notes: string[];
}

/** Every paper, joined from meta.json and its shard, one shard in memory at a time. */
function* papersOf(meta: MetaCorpus, dataDir: string): Generator<Paper> {
  const slugAt = (i: number) => meta.papers[i]?.slug;
  for (let shard = 0; shard < meta.file.shards.length; shard++) {
    const { from, count } = shardSpan(meta.file, shard);
    const json = JSON.parse(
      readFileSync(join(dataDir, meta.file.shards[shard]!), 'utf8'),
    ) as unknown;
    const details = checkShard(json, from, count).papers;
    for (let i = 0; i < count; i++) yield joinPaper(meta.papers[from + i]!, details[i]!, slugAt);
  }
}

export function prerender(
  dist: string,
  env: { siteUrl?: string; mode: 'auto' | 'all' | 'off' },
): PrerenderResult {
  const notes: string[] = [];
  // index.html is overwritten below: the app shell Vite built is kept, so the step can run again.
  const shell = join(dist, TEMPLATE);
  if (!existsSync(shell)) copyFileSync(join(dist, 'index.html'), shell);
  const [beforeHead, beforeBody, beforeNoscript, rest] = splitTemplate(
    readFileSync(shell, 'utf8'),
  ) as [string, string, string, string];
  const dataDir = join(dist, 'data');
  const meta = metaCorpus(JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')), '/data/');
  const { siteUrl } = env;
  const ogImage =
    siteUrl && existsSync(join(dist, 'og-card.png')) ? `${siteUrl}/og-card.png` : undefined;
  if (!siteUrl)
    notes.push(
      'SITE_URL is not set: pages have no canonical link, og:url, og:image or sitemap.xml (SITE_URL=https://your.host adds them)',
    );

  const page = (head: string, root: string, noscript: string) =>
    `${beforeHead}${head}${beforeBody}${root}${beforeNoscript}${noscript}${rest}`;
  const home = page(
    homeHead(meta.papers.length, siteUrl, ogImage),
    `>${homeStatic(meta.papers)}`,
    '',
  );
  writeFileSync(join(dist, 'index.html'), home);
  // GitHub Pages answers unknown paths with 404.html: the app then shows the page the URL names.
  writeFileSync(join(dist, '404.html'), home);
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(siteUrl));

  if (siteUrl) {
    const maps = sitemaps(
      siteUrl,
      meta.papers.map((p) => p.slug),
    );
    if (maps.length === 1) writeFileSync(join(dist, 'sitemap.xml'), maps[0]!);
    else {
      const names = maps.map((_, i) => `sitemap-${i + 1}.xml`);
      maps.forEach((m, i) => writeFileSync(join(dist, names[i]!), m));
      writeFileSync(join(dist, 'sitemap.xml'), sitemapIndex(siteUrl, names));
    }
  }

  const paperDir = join(dist, 'paper');
  rmSync(paperDir, { recursive: true, force: true });
  const n = meta.papers.length;
  if (env.mode === 'off' || (env.mode === 'auto' && n > AUTO_LIMIT)) {
    notes.push(
      env.mode === 'off'
        ? 'PRERENDER=off: no paper pages written'
        : `${n.toLocaleString('en-US')} papers is over PRERENDER=auto's ${AUTO_LIMIT.toLocaleString('en-US')}: no paper pages written (PRERENDER=all writes them)`,
    );
    return { pages: 0, notes };
  }
  mkdirSync(paperDir, { recursive: true });
  const ctx: PageContext = {
    siteUrl,
    ogImage,
    label: (group, id) => labelOf(group, id),
    definition: (group, id) => getValue(group, id)?.definition,
    titleOf: (slug) => meta.bySlug.get(slug)?.title,
    count: meta.papers.length,
  };
  let pages = 0;
  for (const paper of papersOf(meta, dataDir)) {
    const html = page(
      paperHead(paper, ctx),
      ` data-prerendered="paper">${paperBody(paper, ctx)}`,
      '',
    );
    writeFileSync(join(paperDir, `${paper.slug}.html`), html);
    pages++;
  }
  return { pages, notes };
}

function main(): void {
  const dist = resolve(process.env.DIST ?? 'dist');
  const started = performance.now();
  try {
    if (!existsSync(join(dist, 'index.html')) || !statSync(join(dist, 'data')).isDirectory())
      throw new PrerenderError(`${dist} holds no built site: run vite build first`);
    const result = prerender(dist, {
      siteUrl: siteUrlFrom(process.env.SITE_URL),
      mode: prerenderMode(),
    });
    for (const note of result.notes) process.stdout.write(`prerender: ${note}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `prerender: ${result.pages.toLocaleString('en-US')} paper pages and the home page in ${seconds} s\n`,
    );
  } catch (e) {
    process.stderr.write(`error: prerender: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
