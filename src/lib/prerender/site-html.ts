/** The home page's head and no-script list, sitemap.xml and robots.txt (scripts/prerender.ts). */
import type { PaperMeta } from '../corpus-format';
import { escapeHtml as h, jsonLdScript, wellFormed } from './html-text';
import { SITE_NAME, paperPath } from './paper-html';

/**
 * Papers the home page lists for readers without JavaScript (the first few): every
 * visitor loads index.html, so it stays small; sitemap.xml and the pages' related papers lead on.
 */
const NOSCRIPT_PAPERS = 10;

function homeDescription(count: number): string {
  return `Search, filter and explore ${count.toLocaleString('en-US')} papers by topic, technique, modality and claimed results.`;
}

export function homeHead(count: number, siteUrl?: string, ogImage?: string): string {
  const description = homeDescription(count);
  const url = siteUrl ? `${siteUrl}/` : undefined;
  const tag = (attr: string, key: string, content: string) =>
    `<meta ${attr}="${key}" content="${h(content)}" />`;
  return [
    `<title>${SITE_NAME}</title>`,
    tag('name', 'description', description),
    ...(url ? [`<link rel="canonical" href="${h(url)}" />`] : []),
    tag('property', 'og:type', 'website'),
    tag('property', 'og:site_name', SITE_NAME),
    tag('property', 'og:title', SITE_NAME),
    tag('property', 'og:description', description),
    ...(url ? [tag('property', 'og:url', url)] : []),
    ...(ogImage ? [tag('property', 'og:image', ogImage)] : []),
    tag('name', 'twitter:card', ogImage ? 'summary_large_image' : 'summary'),
    jsonLdScript({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: SITE_NAME,
      description,
      ...(url ? { url } : {}),
    }),
  ].join('\n    ');
}

/**
 * What a reader without JavaScript sees on the home page: the first papers, linked. It sits in
 * #root, which the app empties as it starts, and CSS hides it where scripts run (.no-js-only), so
 * nothing of it flashes before the app. (A <noscript> is not rendered by every no-script mode.)
 */
export function homeStatic(papers: readonly Pick<PaperMeta, 'slug' | 'title'>[]): string {
  const shown = papers.slice(0, NOSCRIPT_PAPERS);
  const items = shown.map(
    (p) => `<li><a href="${h(paperPath(p.slug))}">${h(wellFormed(p.title))}</a></li>`,
  );
  const more =
    papers.length > shown.length
      ? `<p>The first ${shown.length} of ${papers.length.toLocaleString('en-US')} papers.</p>`
      : '';
  return (
    '<main id="main" class="page no-js-only"><h1>Paper Explorer</h1><p>Searching and filtering need JavaScript; every paper has its own page.</p>' +
    `<ol>${items.join('')}</ol>${more}</main>`
  );
}

function xml(text: string): string {
  return h(text);
}

/** Sitemaps of at most 50,000 URLs each (the protocol's limit), for the home page and every paper. */
export function sitemaps(siteUrl: string, slugs: readonly string[]): string[] {
  const urls = [`${siteUrl}/`, ...slugs.map((s) => `${siteUrl}${paperPath(s)}`)];
  const files: string[] = [];
  for (let from = 0; from < urls.length; from += 50_000) {
    const body = urls
      .slice(from, from + 50_000)
      .map((u) => `<url><loc>${xml(u)}</loc></url>`)
      .join('\n');
    files.push(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    );
  }
  return files;
}

/** A sitemap index over sitemap files named `names`. */
export function sitemapIndex(siteUrl: string, names: readonly string[]): string {
  const body = names
    .map((n) => `<sitemap><loc>${xml(`${siteUrl}/${n}`)}</loc></sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function robotsTxt(siteUrl?: string): string {
  return `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${siteUrl}/sitemap.xml\n` : ''}`;
}
