import { spawnSync } from 'node:child_process';
import { NO_TOPIC_CURATION } from '../../src/lib/topics/curate-topics';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAll, buildCorpus } from './build';
import { CurationError, curatePapers, parseCurationFile, readCuration } from './curation';

const scratch = mkdtempSync(join(tmpdir(), 'pe-curation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DUMP = [
  'Longformer: The Long-Document Transformer',
  'Transformer-based models are unable to process long sequences due to their self-attention operation, which scales quadratically with the sequence length. We propose Longformer, with an attention mechanism that scales linearly.',
  'HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution',
  'We present HyenaDNA, a genomic foundation model pretrained on the human reference genome with context lengths of up to 1 million tokens.',
  '',
].join('\n');
const LONGFORMER = 'longformer-the-long-document-transformer';

describe('curation file', () => {
  it('stops on a file that is not JSON or not an object, naming the file', () => {
    expect(() => parseCurationFile('{ "a": ', 'c.json')).toThrow(CurationError);
    expect(() => parseCurationFile('{ "a": ', 'c.json')).toThrow(/^c\.json is not valid JSON/);
    expect(() => parseCurationFile('', 'c.json')).toThrow(/not valid JSON/);
    expect(() => parseCurationFile('[]', 'c.json')).toThrow(
      /must be an object keyed by paper slug/,
    );
    expect(() => parseCurationFile('null', 'c.json')).toThrow(/must be an object/);
  });

  it('keeps the good entries of a flawed file, with a warning for each bad part', () => {
    const { curation, warnings } = parseCurationFile(
      '\uFEFF{"a": {"technique": ["kv-cache", "nope"]}, "b": 3}',
      'c.json',
    );
    expect(curation).toEqual({ a: { technique: { set: ['kv-cache'] } } });
    expect(warnings).toEqual([
      'curation: "a": unknown technique "nope"',
      'curation: "b" must be an object',
    ]);
  });

  it('is optional unless asked for by path', () => {
    const missing = join(scratch, 'missing.json');
    expect(readCuration(missing, false)).toEqual({
      curation: {},
      topics: NO_TOPIC_CURATION,
      warnings: [],
    });
    expect(() => readCuration(missing, true)).toThrow(/^curation file not found: /);
    expect(() => readCuration(scratch, false)).toThrow(/cannot read curation file .* \(EISDIR\)/);
  });
});

describe('curation in the build', () => {
  const curation = {
    [LONGFORMER]: { technique: { set: ['kv-cache'] }, contribution: 'survey' },
    'renamed-paper': {},
  };

  it('applies entries once slugs are known and warns for slugs no paper has', async () => {
    for (const built of [
      buildCorpus(DUMP, { source: 'd.txt', curation }),
      await buildAll(DUMP, { source: 'd.txt', curation }),
    ]) {
      const [longformer, hyena] = built.corpus.papers;
      expect(longformer!.slug).toBe(LONGFORMER);
      expect(longformer!.tags.technique.map((t) => t.id)).toEqual(['kv-cache']);
      expect(longformer!.tags.contribution.id).toBe('survey');
      expect(hyena!.tags).toEqual(buildCorpus(DUMP, { source: 'd.txt' }).corpus.papers[1]!.tags);
      expect(built.curationWarnings).toEqual([
        'curation: "renamed-paper" matches no paper (was its title changed?)',
      ]);
    }
  });

  it('leaves every paper as the rules tagged it with no curation', () => {
    const { corpus } = buildCorpus(DUMP, { source: 'd.txt' });
    const before = corpus.papers.map((p) => p.tags);
    expect(curatePapers(corpus.papers, {})).toEqual([]);
    expect(corpus.papers.map((p) => p.tags)).toEqual(before);
  });

  it('the CLI exits 1 with one error line for a malformed curation file', () => {
    const file = join(scratch, 'bad.json');
    writeFileSync(file, '{"slug": ');
    const r = spawnSync('npx', ['tsx', 'scripts/build-corpus.ts'], {
      env: { ...process.env, CURATION: file, CORPUS_OUT: join(scratch, 'out') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: ${file} is not valid JSON \\(.+\\)\\n$`));
  });
});
