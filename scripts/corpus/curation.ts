/**
 * data/curation.json in the corpus build (format: src/lib/tagging/apply-curation.ts). A file that
 * cannot be used at all stops the build; a bad entry is dropped with a warning, so the others
 * still apply. The workers tag by the rules alone: curation needs slugs, known only in the main
 * thread once every paper is back.
 */
import { readFileSync } from 'node:fs';
import type { Paper } from '../../src/lib/types';
import {
  applyCuration,
  parseCuration,
  unusedCurationSlugs,
} from '../../src/lib/tagging/apply-curation';
import type { Curation } from '../../src/lib/tagging/apply-curation';
import { isRecord } from '../../src/lib/guards';
import { NO_TOPIC_CURATION, parseTopicCuration } from '../../src/lib/topics/curate-topics';
import type { TopicCuration } from '../../src/lib/topics/curate-topics';

export class CurationError extends Error {}

export interface LoadedCuration {
  curation: Curation;
  /** The `topics` section (src/lib/topics/curate-topics.ts). */
  topics: TopicCuration;
  warnings: string[];
}

/** The curation in `text` (the contents of `path`, named in messages). */
export function parseCurationFile(text: string, path: string): LoadedCuration {
  let raw: unknown;
  try {
    // Editors on Windows may save JSON with a byte-order mark, which JSON.parse rejects.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CurationError(`${path} is not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(raw)) {
    throw new CurationError(
      `${path} must be an object keyed by paper slug, e.g. {"<slug>": {"technique": ["kv-cache"]}}`,
    );
  }
  // "topics" holds topic corrections, not a paper (a paper whose slug is "topics" cannot be curated).
  const { topics: rawTopics, ...papers } = raw;
  const byPaper = parseCuration(papers);
  const topics = parseTopicCuration(rawTopics);
  return {
    curation: byPaper.curation,
    topics: topics.curation,
    warnings: [...byPaper.warnings, ...topics.warnings],
  };
}

/**
 * The curation file at `path`. A missing file is no curation unless it was asked for
 * (`required`: the path came from the CURATION variable), so a typo is not silently ignored.
 */
export function readCuration(path: string, required: boolean): LoadedCuration {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required)
      return { curation: {}, topics: NO_TOPIC_CURATION, warnings: [] };
    throw new CurationError(
      code === 'ENOENT'
        ? `curation file not found: ${path}`
        : `cannot read curation file ${path} (${code ?? 'unknown error'})`,
    );
  }
  return parseCurationFile(text, path);
}

/**
 * Applies the curation to papers whose slugs are set (in place); returns a warning for each
 * curated slug no paper has, since a changed title changes the slug and the entry would be lost.
 */
export function curatePapers(papers: Paper[], curation: Curation): string[] {
  if (Object.keys(curation).length === 0) return [];
  for (const p of papers) p.tags = applyCuration(p.slug, p.tags, curation);
  return unusedCurationSlugs(
    curation,
    papers.map((p) => p.slug),
  ).map((slug) => `curation: "${slug}" matches no paper (was its title changed?)`);
}
