import { describe, expect, it } from 'vitest';
import { applyTopicCuration, parseTopicCuration } from './curate-topics';
import type { CorpusTopic } from '../types';

const topics: CorpusTopic[] = [
  { id: 'video-generation', name: 'Video generation', phrases: ['video generation'], count: 2 },
  { id: 'gui-agents', name: 'GUI agents', phrases: ['GUI agents'], count: 1 },
  { id: 'misc', name: 'Misc', phrases: ['misc'], count: 1 },
];
const papers = [
  [{ id: 'video-generation', evidence: ['video generation'] }],
  [
    { id: 'video-generation', evidence: ['video'] },
    { id: 'misc', evidence: ['misc'] },
  ],
  [{ id: 'gui-agents', evidence: ['GUI agents'] }],
];
const texts = ['Video generation', 'Video misc', 'GUI agents with tool use'];
const apply = (raw: unknown) =>
  applyTopicCuration(topics, papers, (i) => texts[i]!, parseTopicCuration(raw).curation);

describe('topic curation', () => {
  it('renames (the id follows the name), merges, hides and pins', () => {
    const out = apply({
      rename: { 'gui-agents': 'Computer-use agents' },
      merge: { misc: 'video-generation' },
      pin: { 'tool use': 'gui-agents' },
    });
    expect(out.warnings).toEqual([]);
    expect(out.topics.map((t) => [t.id, t.name, t.count])).toEqual([
      ['video-generation', 'Video generation', 2],
      ['computer-use-agents', 'Computer-use agents', 1],
    ]);
    expect(out.papers[1]).toEqual([{ id: 'video-generation', evidence: ['video', 'misc'] }]);
    expect(out.papers[2]![0]!.evidence[0]).toBe('tool use');
    expect(out.topics[1]!.phrases[0]).toBe('tool use');
    expect(apply({ hide: ['misc'] }).papers[1]).toEqual([
      { id: 'video-generation', evidence: ['video'] },
    ]);
  });

  it('warns about unknown ids and malformed sections, and applies the rest', () => {
    const out = apply({ rename: { nope: 'X' }, hide: ['gone'], merge: { misc: 'nowhere' } });
    expect(out.warnings).toEqual([
      'curation: topics.merge: unknown topic "nowhere"',
      'curation: topics.hide: unknown topic "gone"',
      'curation: topics.rename: unknown topic "nope"',
    ]);
    expect(out.topics).toHaveLength(3);
    expect(parseTopicCuration({ hide: 'x', rename: { a: 1 }, extra: {} }).warnings).toEqual([
      'curation: topics."extra" is not rename, merge, hide or pin',
      'curation: topics.hide must be a list of topic ids',
      'curation: topics.rename."a" must be a non-empty string',
    ]);
    expect(parseTopicCuration([]).warnings).toHaveLength(1);
  });
});
