import { describe, expect, it } from 'vitest';
import { cleanUrl, extractLinks, findUrls, isSafeHttpUrl } from './extract-links';
import { cleanText } from './clean-text';

const urls = (text: string): string[] => extractLinks(text).map((l) => l.url);

describe('extractLinks: kinds', () => {
  it('labels code hosts as code and github.io pages as project', () => {
    expect(
      extractLinks(
        'Code: https://github.com/a/b and https://gitlab.com/c/d and https://bitbucket.org/e/f',
      ),
    ).toEqual([
      { url: 'https://github.com/a/b', kind: 'code' },
      { url: 'https://gitlab.com/c/d', kind: 'code' },
      { url: 'https://bitbucket.org/e/f', kind: 'code' },
    ]);
    expect(
      extractLinks('See project webpage: https://steve-zeyu-zhang.github.io/InfiniMotion/'),
    ).toEqual([{ url: 'https://steve-zeyu-zhang.github.io/InfiniMotion/', kind: 'project' }]);
  });
  it('labels Hugging Face repos as models, spaces as project, datasets as other', () => {
    expect(extractLinks('at https://huggingface.co/THU-KEG/LongWriter-Zero-32B')[0]?.kind).toBe(
      'model',
    );
    expect(extractLinks('demo https://huggingface.co/spaces/a/b')[0]?.kind).toBe('project');
    expect(extractLinks('data https://huggingface.co/datasets/a/b')[0]?.kind).toBe('other');
  });
  it('falls back to the words before the URL in the same sentence', () => {
    expect(
      extractLinks('Code is available at https://anonymous.4open.science/r/SWAT-attention.')[0]
        ?.kind,
    ).toBe('code');
    expect(extractLinks('Our source code is at https://example.org/x.')[0]?.kind).toBe('code');
    expect(extractLinks('Model weights: https://example.org/w')[0]?.kind).toBe('model');
    expect(
      extractLinks('Demos of VALL-E 2 will be posted to https://aka.ms/valle2.')[0]?.kind,
    ).toBe('project');
    expect(extractLinks('Code is elsewhere. Read https://example.org/doc')[0]?.kind).toBe('other');
    expect(
      extractLinks(
        'compatible with HF models and open-sourced via Deepspeed https://www.deepspeed.ai/t/',
      )[0]?.kind,
    ).toBe('other');
  });
});

describe('extractLinks: clean URLs', () => {
  it('drops trailing sentence punctuation and unbalanced parentheses', () => {
    expect(
      urls(
        'at https://github.com/Kai-Liu001/InfVSR. Next (see https://x.org/a), and https://x.org/b; https://x.org/c!',
      ),
    ).toEqual([
      'https://github.com/Kai-Liu001/InfVSR',
      'https://x.org/a',
      'https://x.org/b',
      'https://x.org/c',
    ]);
  });
  it('keeps balanced parentheses that belong to the URL', () => {
    expect(urls('see https://en.wikipedia.org/wiki/Mamba_(model).')).toEqual([
      'https://en.wikipedia.org/wiki/Mamba_(model)',
    ]);
  });
  it('keeps http:// as written and a trailing slash', () => {
    expect(urls('at http://github.com/mit-han-lab/Quest .')).toEqual([
      'http://github.com/mit-han-lab/Quest',
    ]);
    expect(urls('at https://github.com/Kevin-thu/Epona/.')).toEqual([
      'https://github.com/Kevin-thu/Epona/',
    ]);
  });
  it('dedupes the same link despite a trailing slash, .git or host case', () => {
    expect(
      urls('https://github.com/a/b and https://GitHub.com/a/b/ and https://github.com/a/b.git'),
    ).toEqual(['https://github.com/a/b']);
  });
  it('cleanUrl strips .git only on code hosts', () => {
    expect(cleanUrl('https://github.com/Tanveer81/DocSLM.git')).toBe(
      'https://github.com/Tanveer81/DocSLM',
    );
    expect(cleanUrl('https://example.org/file.git')).toBe('https://example.org/file.git');
  });
});

describe('extractLinks: hostile content never becomes a link', () => {
  it('ignores non-http schemes', () => {
    expect(
      urls(
        'javascript:alert(1) data:text/html,<script>x</script> vbscript:x file:///etc/passwd ftp://x.org/a',
      ),
    ).toEqual([]);
  });
  it('cuts a URL at quotes and angle brackets, so attributes and tags cannot ride along', () => {
    expect(
      urls(
        'https://x.org/a"onmouseover="alert(1) and https://x.org/b\'x <https://x.org/c><script>',
      ),
    ).toEqual(['https://x.org/a', 'https://x.org/b', 'https://x.org/c']);
  });
  it('ignores URLs without a dotted host or with credentials', () => {
    expect(urls('http://localhost:3000/x https://user:pw@x.org/ https://x.org@evil.com/')).toEqual(
      [],
    );
    expect(isSafeHttpUrl('https://x.org/')).toBe(true);
  });
  it('a cleaned abstract with markup yields only the http(s) link', () => {
    const raw =
      'Code <a href="javascript:alert(1)">here</a> and <img src=x onerror=alert(1)> [repo](https://github.com/a/b).';
    const clean = cleanText(raw);
    expect(clean).not.toMatch(/[<>]|onerror|javascript:/);
    expect(urls(clean)).toEqual(['https://github.com/a/b']);
  });
});

describe('findUrls', () => {
  it('gives offsets that slice back to the URL', () => {
    const text = 'A (https://x.org/a) and https://y.org/b.';
    for (const m of findUrls(text)) expect(text.slice(m.start, m.end)).toBe(m.url);
    expect(findUrls(text).map((m) => m.url)).toEqual(['https://x.org/a', 'https://y.org/b']);
  });
});

describe('extractLinks with the links a listing states', () => {
  it("adds them after the abstract's, kind by host or field name, unsafe and repeated ones left out", () => {
    const abstract = 'Code: https://github.com/a/b.';
    expect(
      extractLinks(abstract, [
        { url: 'https://github.com/a/b.git', label: 'githubRepo' },
        { url: 'https://example.org/alpha', label: 'projectPage' },
        { url: 'https://example.org/beta', label: 'Code' },
        { url: 'javascript:alert(1)', label: 'website' },
        { url: 'https://user:pw@example.org/', label: 'website' },
      ]),
    ).toEqual([
      { url: 'https://github.com/a/b', kind: 'code' },
      { url: 'https://example.org/alpha', kind: 'project' },
      { url: 'https://example.org/beta', kind: 'code' },
    ]);
  });
});
