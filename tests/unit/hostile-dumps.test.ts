import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/types';

/** Crafted dumps through the real build script, as a child process, the way users run it. */
const FIXTURES = resolve('tests/fixtures/dumps');
const scratch = mkdtempSync(join(tmpdir(), 'pe-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Build {
  status: number | null;
  stderr: string;
  corpus?: Corpus;
  warnings: string[];
}

let runs = 0;
function build(dump: string): Build {
  const out = join(scratch, `out-${runs++}`);
  const r = spawnSync('npx', ['tsx', 'scripts/build-corpus.ts'], {
    env: { ...process.env, PAPERS_DUMP: dump, CORPUS_OUT: out, CORPUS_JSON: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const file = join(out, 'corpus.json');
  const corpus = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Corpus) : undefined;
  const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning: '));
  return { status: r.status, stderr: r.stderr, corpus, warnings };
}
const fixture = (name: string): string => join(FIXTURES, name);
const papersOf = (b: Build) => b.corpus?.papers ?? [];

/** Holds for every corpus: text stays text, links are clean http(s) only. */
function expectSafe(b: Build): void {
  expect(b.status, b.stderr).toBe(0);
  for (const p of papersOf(b)) {
    for (const text of [p.title, p.abstract])
      expect(text).not.toMatch(/<\s*(script|img|svg|iframe|a)\b|\p{Cc}/iu);
    for (const link of p.links) {
      expect(link.url).toMatch(/^https?:\/\/[^\s"'<>`{}\\]+$/);
      expect(p.abstract).toContain(link.url);
    }
  }
}

function expectError(b: Build, message: RegExp): void {
  expect(b.status).toBe(1);
  const lines = b.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(message);
  expect(b.stderr).not.toMatch(/^\s+at |DumpError|node:internal/m);
  expect(b.corpus).toBeUndefined();
}

// Each case starts a process (tsx + the whole build): generous, for a busy 2-core machine.
describe('hostile dumps through scripts/build-corpus.ts', { timeout: 120_000 }, () => {
  it('empty dump: one clear error line, exit 1', () => {
    expectError(build(fixture('empty.txt')), /empty/);
  });
  it('binary dump: one clear error line, exit 1', () => {
    expectError(build(fixture('binary.bin')), /not text/);
  });
  it('dump with page text but no paper: one clear error line, exit 1', () => {
    expectError(build(fixture('no-paper.txt')), /no paper found/);
  });
  it('missing dump file: one clear error line, exit 1', () => {
    expectError(build(join(scratch, 'nope.txt')), /not found/);
  });

  it('CRLF + BOM + trailing whitespace: same papers, flaws reported', () => {
    const b = build(fixture('crlf-bom-trailing.txt'));
    expectSafe(b);
    expect(papersOf(b).map((p) => p.slug)).toEqual([
      'alpha-sparse-attention-for-long-sequences',
      'beta-a-recurrent-baseline',
      'gamma-kv-cache-compression',
    ]);
    expect(papersOf(b)[0]?.links).toEqual([
      { url: 'https://github.com/example/alpha', kind: 'code' },
    ]);
    expect(b.warnings).toContain('warning: line 1: byte-order mark removed');
    expect(b.warnings.some((w) => /^warning: line 1: .*CRLF/.test(w))).toBe(true);
  });

  it('titles without abstracts are kept and flagged', () => {
    const b = build(fixture('missing-abstract.txt'));
    expectSafe(b);
    expect(papersOf(b).map((p) => [p.title, p.missingAbstract ?? false])).toEqual([
      ['Alpha: Sparse Attention for Long Sequences', false],
      ['Orphan Title Without Any Abstract', true],
      ['Beta: A Recurrent Baseline', false],
      ['Last Title Also Without Abstract', true],
    ]);
    expect(b.warnings.filter((w) => /no abstract/.test(w)).map((w) => w.split(':')[1])).toEqual([
      ' line 5',
      ' line 8',
    ]);
  });

  it('duplicates: same paper kept once, same title with another abstract kept twice (-2 slug)', () => {
    const b = build(fixture('duplicate.txt'));
    expectSafe(b);
    expect(papersOf(b).map((p) => p.slug)).toEqual([
      'alpha-sparse-attention-for-long-sequences',
      'beta-a-recurrent-baseline',
      'beta-a-recurrent-baseline-2',
    ]);
    expect(b.warnings).toEqual([
      'warning: line 5: duplicate of the paper at lines 1 and 2; kept once',
      'warning: line 7: same title as the paper at line 3, different abstract; kept both',
    ]);
  });

  it('titles in other scripts and emoji keep their text and get working slugs', () => {
    const b = build(fixture('scripts-emoji.txt'));
    expectSafe(b);
    expect(papersOf(b).map((p) => [p.title, p.slug])).toEqual([
      ['长上下文语言模型的高效注意力', 'paper'],
      ['Длинный контекст: эффективное внимание', 'paper-2'],
      ['🚀🚀🚀', 'paper-3'],
      ['Ἀττεντιον: Ελληνικά και Café Naïve Transformer', 'cafe-naive-transformer'],
      ['نماذج السياق الطويل', 'paper-4'],
    ]);
  });

  it('titles that differ only in punctuation get x, x-2, x-3', () => {
    const b = build(fixture('punctuation-slugs.txt'));
    expectSafe(b);
    expect(papersOf(b).map((p) => p.slug)).toEqual([
      'attention-is-all-you-need',
      'attention-is-all-you-need-2',
      'attention-is-all-you-need-3',
    ]);
  });

  it('markup, javascript:, markdown links and attribute-breaking quotes never become markup or links', () => {
    const b = build(fixture('hostile-markup.txt'));
    expectSafe(b);
    const [first, second] = papersOf(b);
    expect(first?.title).toBe('Script Attention: Safe Titles');
    expect(first?.abstract).not.toMatch(/alert\(document|javascript:/);
    expect(first?.links.map((l) => l.url)).toEqual([
      'https://github.com/example/script-attention',
      'https://example.org/page',
      'https://example.org/q',
    ]);
    expect(second?.title).toBe('Quote "Breaking" Attention & <Friends>');
    expect(second?.abstract).toContain('ampersands & entities <tag>.');
    expect(second?.links).toEqual([{ url: 'https://example.github.io/quote/', kind: 'project' }]);
  });

  it('event handlers, entities, iframes, base/meta/form tags and smuggled URLs stay inert text', () => {
    const b = build(fixture('hostile-flags.txt'));
    expectSafe(b);
    const [first, second] = papersOf(b);
    expect(first?.title).toBe('"> Flag Attention for Long Inputs');
    expect(first?.links.map((l) => l.url)).toEqual([
      'https://example.com/md',
      'https://example.com/a',
      'https://example.com/b',
      'https://github.com/example/flag',
    ]);
    expect(second?.title).toBe('Entity Attention');
    expect(second?.links).toEqual([]);
    for (const p of papersOf(b)) {
      expect(`${p.title} ${p.abstract}`).not.toMatch(
        /<|onerror|onload|srcdoc|http-equiv|javascript:window\.__pwned=[459]/i,
      );
    }
  });

  it('a 5 MB abstract line is kept whole and reported', () => {
    const dump = join(scratch, 'huge.txt');
    const huge = 'Long abstracts are long and we keep every word. '.repeat(110_000).trim();
    writeFileSync(
      dump,
      `Alpha: Huge Abstract\n${huge}\nBeta: A Recurrent Baseline\nWe study Beta. It is small.\n`,
    );
    const b = build(dump);
    expectSafe(b);
    expect(papersOf(b).map((p) => p.abstract.length)).toEqual([
      huge.length,
      'We study Beta. It is small.'.length,
    ]);
    expect(b.warnings).toEqual(['warning: line 2: very long abstract (5,279,999 characters)']);
  });
});
