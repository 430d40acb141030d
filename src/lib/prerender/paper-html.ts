/**
 * A paper's page as static HTML (scripts/prerender.ts): the head a link preview or a crawler
 * reads, and a body with the markup the app renders for the same page (features/paper/,
 * app/layout.tsx), so the page reads without JavaScript and the app replaces it without a jump.
 * Keep the two in step: tests/e2e/prerender.spec.ts compares their layout.
 */
import type { FacetGroup, Paper } from '../types';
import { FACET_GROUPS, GROUP_LABELS, LINK_LABELS } from '../types';
import { splitUrls } from '../safe-url';
import { findLinks } from '../paper-ids/find-links';
import { arxivAbsUrl, formatPostedMonth, postedMonth } from '../paper-ids/id-format';
import { escapeHtml as h, jsonLdScript, metaDescription, wellFormed } from './html-text';
import { authorHref } from '../byline';
import { claimKindLabel } from '../claims/claim-summary';

export const SITE_NAME = 'Paper Explorer';

export interface PageContext {
  /** Absolute root of the public site, no trailing slash; canonical and og:url need it. */
  siteUrl?: string;
  /** Absolute URL of the Open Graph card image. */
  ogImage?: string;
  label: (group: FacetGroup, id: string) => string;
  definition: (group: FacetGroup, id: string) => string | undefined;
  /** The title of a paper by slug (related papers). */
  titleOf: (slug: string) => string | undefined;
  /** Papers in the listing. */
  count: number;
}

export function paperPath(slug: string): string {
  return `/paper/${encodeURIComponent(slug)}`;
}

/** What the app's document title says for the page (src/hooks/use-document-title.ts). */
export function pageTitle(paper: Pick<Paper, 'name' | 'title'>): string {
  return `${paper.name ?? paper.title} — ${SITE_NAME}`;
}

function paperDescription(paper: Pick<Paper, 'abstract' | 'title'>): string {
  return metaDescription(paper.abstract || `${paper.title}. The listing had no abstract.`);
}

function keywordsOf(paper: Paper, ctx: PageContext): string[] {
  const labels = [
    ...paper.tags.technique.map((t) => ctx.label('technique', t.id)),
    ...paper.tags.modality.map((t) => ctx.label('modality', t.id)),
    ...(paper.tags.topic ?? []).map((t) => ctx.label('topic', t.id)),
  ];
  return [...new Set(labels)];
}

/** The JSON-LD ScholarlyArticle of a paper. */
function scholarlyArticle(paper: Paper, ctx: PageContext): Record<string, unknown> {
  const url = ctx.siteUrl ? `${ctx.siteUrl}${paperPath(paper.slug)}` : undefined;
  const keywords = keywordsOf(paper, ctx);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name: paper.title,
    headline: paper.title,
    ...(paper.name ? { alternateName: paper.name } : {}),
    ...(paper.authors?.length
      ? { author: paper.authors.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    ...(paper.year ? { datePublished: String(paper.year) } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    ...(keywords.length ? { keywords } : {}),
    ...(url ? { url } : {}),
    ...(paper.arxiv
      ? {
          identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: paper.arxiv },
          sameAs: arxivAbsUrl(paper.arxiv),
        }
      : {}),
    ...(paper.doi ? { doi: paper.doi } : {}),
    isPartOf: {
      '@type': 'WebSite',
      name: SITE_NAME,
      ...(ctx.siteUrl ? { url: `${ctx.siteUrl}/` } : {}),
    },
  };
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${h(content)}" />`;

/** The head tags of a paper's page (title, description, Open Graph, Twitter, canonical, JSON-LD). */
export function paperHead(input: Paper, ctx: PageContext): string {
  const paper = clean(input);
  const description = paperDescription(paper);
  const url = ctx.siteUrl ? `${ctx.siteUrl}${paperPath(paper.slug)}` : undefined;
  return [
    `<title>${h(pageTitle(paper))}</title>`,
    meta('name', 'description', description),
    ...(url ? [`<link rel="canonical" href="${h(url)}" />`] : []),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', paper.title),
    meta('property', 'og:description', description),
    ...(url ? [meta('property', 'og:url', url)] : []),
    ...(ctx.ogImage ? [meta('property', 'og:image', ctx.ogImage)] : []),
    meta('name', 'twitter:card', ctx.ogImage ? 'summary_large_image' : 'summary'),
    jsonLdScript(scholarlyArticle(paper, ctx)),
  ].join('\n    ');
}

/** The site header of app/layout.tsx (no link is current on a paper page). */
function layoutHeader(): string {
  return (
    '<a class="skip-link" href="#main">Skip to content</a>' +
    '<header class="site-header"><a class="brand" href="/">Paper Explorer</a>' +
    '<nav aria-label="Main"><ul class="nav-list">' +
    '<li><a href="/">Search</a></li><li><a href="/insights">Insights</a></li>' +
    '<li><a href="/reading-list">Reading list</a></li></ul></nav>' +
    // The controls below work once the app runs, which replaces them: until then they are
    // disabled, so a click is not lost on a button with no handler; without JavaScript CSS hides
    // them (.needs-js).
    '<button type="button" class="button button--ghost theme-toggle needs-js" disabled title="System theme (click to switch to dark theme)">' +
    '<span aria-hidden="true">◐</span> <span class="narrow-hidden">System theme</span></button></header>'
  );
}

function externalLink(url: string, text: string): string {
  return `<a href="${h(url)}" rel="noopener noreferrer" target="_blank">${h(text)}</a>`;
}

function abstractHtml(abstract: string): string {
  return splitUrls(abstract)
    .map((part) => (part.kind === 'url' ? externalLink(part.url, part.text) : h(part.text)))
    .join('');
}

function tagsHtml(paper: Paper, ctx: PageContext): string {
  const groups = FACET_GROUPS.map((group) => {
    const list = group === 'contribution' ? [paper.tags.contribution] : (paper.tags[group] ?? []);
    const items = list.map((t) => {
      const label = ctx.label(group, t.id);
      const definition = ctx.definition(group, t.id);
      const why =
        t.evidence.length > 0
          ? `<button type="button" class="button button--small needs-js" disabled aria-pressed="false" aria-label="${h(`Why ${label}?`)}">why?</button>`
          : '';
      return (
        `<li class="tag"><a class="chip" href="/?${group}=${h(encodeURIComponent(t.id))}"` +
        `${definition ? ` title="${h(definition)}"` : ''}>${h(label)}</a>${why}</li>`
      );
    });
    const none = list.length === 0 ? '<span class="muted">none detected</span>' : '';
    return `<div class="tag-group"><dt>${GROUP_LABELS[group]}</dt><dd>${none}<ul class="chip-list">${items.join('')}</ul></dd></div>`;
  });
  return `<section aria-labelledby="tags-heading"><h2 id="tags-heading">Tags</h2><dl class="tag-groups">${groups.join('')}</dl></section>`;
}

function claimsHtml(paper: Paper): string {
  if (paper.claims.length === 0) return '';
  const items = paper.claims.map(
    (c) =>
      `<li><details class="claim"><summary>${claimKindLabel(c) ? `<span class="claim-kind">${claimKindLabel(c)} </span>` : ''}${h(c.text)}</summary><blockquote>${h(c.sentence)}</blockquote></details></li>`,
  );
  return `<section aria-labelledby="claims-heading"><h2 id="claims-heading">Claims</h2><ul class="claim-list">${items.join('')}</ul></section>`;
}

function linksHtml(paper: Paper): string {
  if (paper.links.length === 0) return '';
  const items = paper.links.map(
    (l) =>
      `<li><span class="badge badge--${l.kind}">${LINK_LABELS[l.kind]}</span> ${externalLink(l.url, l.url)}</li>`,
  );
  return `<section aria-labelledby="links-heading"><h2 id="links-heading">Links</h2><ul class="link-list">${items.join('')}</ul></section>`;
}

function findHtml(paper: Paper): string {
  const items = findLinks(paper).map(
    (l) =>
      `<li class="${l.direct ? 'find-link find-link--direct' : 'find-link'}">${externalLink(l.url, l.label)}</li>`,
  );
  return `<section aria-labelledby="find-heading" class="find-section"><h2 id="find-heading">Find this paper</h2><ul class="find-links">${items.join('')}</ul></section>`;
}

function relatedHtml(paper: Paper, ctx: PageContext): string {
  const items = paper.related.flatMap((r) => {
    const title = ctx.titleOf(r.slug);
    if (title === undefined) return [];
    const shared =
      r.shared.length > 0 ? `<span class="muted"> — shares: ${h(r.shared.join(', '))}</span>` : '';
    return [`<li><a href="${h(paperPath(r.slug))}">${h(wellFormed(title))}</a>${shared}</li>`];
  });
  if (items.length === 0) return '';
  return `<section aria-labelledby="related-heading"><h2 id="related-heading">Related papers</h2><ol class="related-list">${items.join('')}</ol></section>`;
}

/** The authors, each a link to the listing's papers by them (paper-byline.tsx), and the year. */
function bylineHtml(authors: readonly string[], year: number | undefined): string {
  const names = authors.map((a) => `<a href="${h(authorHref(a))}">${h(a)}</a>`);
  const parts = [names.join(', '), year ? String(year) : ''].filter(Boolean);
  return parts.length ? `<p class="paper-byline">${parts.join(' · ')}</p>` : '';
}

/** The page's markup inside #root: the layout's header and the paper page (paper-page.tsx). */
export function paperBody(input: Paper, ctx: PageContext): string {
  const paper = clean(input);
  const posted = paper.arxiv ? postedMonth(paper.arxiv) : undefined;
  const year = posted?.year === paper.year ? undefined : paper.year;
  const abstract = paper.missingAbstract
    ? '<p class="muted">The listing had no abstract for this paper.</p>'
    : `<p>${abstractHtml(paper.abstract)}</p>`;
  return (
    layoutHeader() +
    '<main id="main" class="page paper-page"><p class="back"><a href="/">← Back to all papers</a></p>' +
    '<article aria-labelledby="paper-title">' +
    `<h1 id="paper-title">${h(paper.title)}</h1>` +
    bylineHtml(paper.authors ?? [], year) +
    '<div class="paper-meta">' +
    (paper.name ? `<span class="paper-name">${h(paper.name)}</span>` : '') +
    `<span class="muted">No. ${paper.index + 1} of ${ctx.count} in the listing</span>` +
    (posted
      ? `<span class="muted">First posted on arXiv ${formatPostedMonth(posted)}</span>`
      : '') +
    `<button type="button" class="star-button star-button--full needs-js" disabled aria-pressed="false" aria-label="${h(`Save to reading list: ${paper.title}`)}" title="Save to your reading list"><span class="star-button-icon" aria-hidden="true">☆</span><span>Save to reading list</span></button>` +
    '<span class="copy-control"><button type="button" class="button needs-js" disabled>Copy link</button><span role="status" class="copy-status muted"></span></span>' +
    '<span class="copy-control"><button type="button" class="button needs-js" disabled>Copy citation</button><span role="status" class="copy-status muted"></span></span>' +
    '</div>' +
    `<section aria-label="Abstract" class="abstract">${abstract}</section>` +
    findHtml(paper) +
    tagsHtml(paper, ctx) +
    claimsHtml(paper) +
    linksHtml(paper) +
    relatedHtml(paper, ctx) +
    '</article></main>'
  );
}

/** The paper with every string well-formed (a lone surrogate would not survive UTF-8). */
function clean(p: Paper): Paper {
  return {
    ...p,
    title: wellFormed(p.title),
    abstract: wellFormed(p.abstract),
    ...(p.name ? { name: wellFormed(p.name) } : {}),
    ...(p.authors ? { authors: p.authors.map(wellFormed) } : {}),
    claims: p.claims.map((c) => ({
      ...c,
      text: wellFormed(c.text),
      sentence: wellFormed(c.sentence),
    })),
  };
}
