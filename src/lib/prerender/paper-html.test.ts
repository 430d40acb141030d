// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makePaper } from '../../testing/export-paper-fixture';
import { labelOf, getValue } from '../taxonomy';
import type { Paper } from '../types';
import { metaDescription, wellFormed } from './html-text';
import { pageTitle, paperBody, paperHead, type PageContext } from './paper-html';

const ctx: PageContext = {
  siteUrl: 'https://papers.example.org/explorer',
  label: (g, id) => labelOf(g, id),
  definition: (g, id) => getValue(g, id)?.definition,
  titleOf: (slug) => (slug === 'big-bird' ? 'Big Bird: <Transformers> & "Longer"' : undefined),
  count: 119,
};

/** The page as a browser parses it. */
function parse(paper: Paper, c: PageContext = ctx): Document {
  const html = `<!doctype html><html><head>${paperHead(paper, c)}</head><body><div id="root">${paperBody(paper, c)}</div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const content = (doc: Document, selector: string) =>
  doc.querySelector(selector)?.getAttribute('content') ??
  doc.querySelector(selector)?.getAttribute('href');

describe('paperHead', () => {
  it('carries title, description, Open Graph, Twitter card, canonical link and JSON-LD', () => {
    const paper = makePaper({ arxiv: '2004.05150' });
    const doc = parse(paper);
    expect(doc.title).toBe('Longformer — Paper Explorer');
    expect(content(doc, 'meta[name="description"]')).toBe(paper.abstract);
    expect(content(doc, 'meta[property="og:title"]')).toBe(paper.title);
    expect(content(doc, 'meta[property="og:type"]')).toBe('article');
    expect(content(doc, 'meta[property="og:site_name"]')).toBe('Paper Explorer');
    const url =
      'https://papers.example.org/explorer/paper/longformer-the-long-document-transformer';
    expect(content(doc, 'meta[property="og:url"]')).toBe(url);
    expect(content(doc, 'link[rel="canonical"]')).toBe(url);
    expect(content(doc, 'meta[name="twitter:card"]')).toBe('summary');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toMatchObject({
      '@type': 'ScholarlyArticle',
      name: paper.title,
      abstract: paper.abstract,
      keywords: ['Sparse & local attention', 'Text & language'],
      identifier: { propertyID: 'arXiv', value: '2004.05150' },
      url,
    });
  });

  it('names the authors and year the listing stated, in the JSON-LD and under the title', () => {
    const doc = parse(makePaper({ authors: ['Iz Beltagy', 'Arman Cohan'], year: 2020 }));
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Iz Beltagy' },
      { '@type': 'Person', name: 'Arman Cohan' },
    ]);
    expect(ld.datePublished).toBe('2020');
    expect(doc.querySelector('.paper-byline')?.textContent).toBe('Iz Beltagy, Arman Cohan · 2020');
    // As in the app, each author links to the listing's papers by them.
    const links = [...doc.querySelectorAll('.paper-byline a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/?q=%22Iz+Beltagy%22', '/?q=%22Arman+Cohan%22']);
    const none = parse(makePaper());
    expect(none.querySelector('.paper-byline')).toBeNull();
  });

  it('leaves out canonical and og:url without a site URL', () => {
    const doc = parse(makePaper(), { ...ctx, siteUrl: undefined });
    expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
  });

  it('adds topics to the keywords when the corpus has them', () => {
    const base = makePaper();
    const topic = [
      { id: 'retrieval', evidence: ['retrieval'] },
      { id: 'memory', evidence: [] },
    ];
    const paper = { ...base, tags: { ...base.tags, topic } };
    const names: Record<string, string> = { retrieval: 'Retrieval', memory: 'Memory' };
    const withTopics: PageContext = {
      ...ctx,
      label: (g, id) => (g === 'topic' ? (names[id] ?? id) : ctx.label(g, id)),
    };
    const ld = JSON.parse(
      parse(paper, withTopics).querySelector('script[type="application/ld+json"]')!.textContent!,
    );
    expect(ld.keywords).toEqual([
      'Sparse & local attention',
      'Text & language',
      'Retrieval',
      'Memory',
    ]);
  });
});

describe('paperBody', () => {
  it('holds the title, abstract, find links, tag links and related papers as the app renders them', () => {
    const doc = parse(makePaper({ abstract: 'See https://github.com/allenai/longformer now.' }));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('h1')!.textContent).toBe('Longformer: The Long-Document Transformer');
    const abstract = doc.querySelector('section[aria-label="Abstract"]')!;
    expect(abstract.textContent).toBe('See https://github.com/allenai/longformer now.');
    expect(abstract.querySelector('a')!.getAttribute('href')).toBe(
      'https://github.com/allenai/longformer',
    );
    const tag = doc.querySelector<HTMLAnchorElement>('a.chip')!;
    expect(tag.getAttribute('href')).toBe('/?technique=sparse-attention');
    const find = [...doc.querySelectorAll('.find-links a')];
    expect(find.map((a) => a.textContent)).toEqual([
      'arXiv search',
      'Hugging Face Papers',
      'Semantic Scholar',
      'Google Scholar',
    ]);
    for (const a of doc.querySelectorAll('a[target="_blank"]'))
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('.related-list a')!.textContent).toBe(
      'Big Bird: <Transformers> & "Longer"',
    );
  });
});

describe('prerendered HTML from arbitrary text', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 120 });
  const hostile = fc.constantFrom(
    '"',
    "'",
    '<',
    '>',
    '&',
    '</title>',
    '</script>',
    '<!--',
    '🚀',
    '\uD800',
    '&amp;',
  );
  const tricky = fc.array(fc.oneof(text, hostile), { maxLength: 8 }).map((parts) => parts.join(''));

  it('never breaks a tag or leaks markup: every value reads back as written', () => {
    fc.assert(
      fc.property(tricky, tricky, tricky, (title, abstract, name) => {
        const paper = makePaper({ title, abstract, name: name || undefined, links: [] });
        const doc = parse(paper);
        const t = wellFormed(title);
        // Exactly the elements written: a broken tag would add or swallow some.
        expect(doc.head.children).toHaveLength(10);
        expect(doc.querySelector('title')!.textContent).toBe(wellFormed(pageTitle(paper)));
        expect(content(doc, 'meta[property="og:title"]')).toBe(t);
        expect(content(doc, 'meta[name="description"]')).toBe(
          metaDescription(wellFormed(abstract) || `${t}. The listing had no abstract.`),
        );
        const ld = JSON.parse(
          doc.querySelector('script[type="application/ld+json"]')!.textContent!,
        );
        expect(ld.name).toBe(t);
        expect(doc.querySelector('h1')!.textContent).toBe(t);
        expect(doc.querySelectorAll('script')).toHaveLength(1);
        expect(doc.body.querySelectorAll('h1')).toHaveLength(1);
      }),
      { numRuns: 50 },
    );
  });
});
