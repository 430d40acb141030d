import { describe, expect, it } from 'vitest';
import { pageUrl } from './export-options';
import { TRICKY, makePaper } from '../../testing/export-paper-fixture';
import { escapeMarkdown, toMarkdown } from './to-markdown';

describe('pageUrl', () => {
  it('joins base and slug with one slash', () => {
    expect(pageUrl('https://host', 'a-b')).toBe('https://host/paper/a-b');
    expect(pageUrl('https://host/explorer//', 'a-b')).toBe('https://host/explorer/paper/a-b');
  });
});

describe('toMarkdown', () => {
  it('writes a reading list with links, names and tag labels', () => {
    expect(toMarkdown([makePaper()], { baseUrl: 'https://host/' })).toBe(
      '# Reading list\n\n' +
        '- [Longformer: The Long-Document Transformer](https://host/paper/longformer-the-long-document-transformer)' +
        ' — Longformer; Sparse & local attention; Text & language; New method or model\n',
    );
  });

  it('names the topics after the other tags', () => {
    const p = makePaper();
    const topic = [{ id: 'long-documents', evidence: [] }];
    expect(toMarkdown([{ ...p, tags: { ...p.tags, topic } }], { baseUrl: 'https://host' })).toMatch(
      /New method or model; long-documents\n$/,
    );
  });

  it('escapes Markdown in titles and keeps each paper on one line', () => {
    const out = toMarkdown([TRICKY], { baseUrl: 'https://host', heading: '' });
    expect(out).toBe(
      '- [A "quoted", comma newline title with \\*stars\\*, \\_under\\_, \\[brackets\\] & 100% $x\\_1$ #1 {braces} \\\\ back\\~]' +
        '(https://host/paper/tricky) — Survey\n',
    );
    expect(out.split('\n')).toHaveLength(2);
  });

  it('escapes link-breaking, HTML and character references', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img> `code` a|b &amp; &')).toBe(
      '\\[x\\](javascript:alert(1)) \\<img\\> \\`code\\` a\\|b \\&amp; &',
    );
  });

  it('uses tag ids the taxonomy does not know as they are', () => {
    const p = makePaper({
      name: undefined,
      tags: { technique: [], modality: [], contribution: { id: 'mystery', evidence: [] } },
    });
    expect(toMarkdown([p], { baseUrl: 'https://h', heading: '' })).toMatch(/ — mystery\n$/);
  });
});
