/**
 * The `topics` section of data/curation.json: corrections to discovered topics, by topic id.
 *   "topics": { "rename": { "<id>": "New name" },      // the id becomes the new name's slug
 *               "merge":  { "<id>": "<into id>" },     // members and phrases move into the other
 *               "hide":   ["<id>"],                     // gone from papers and the facet
 *               "pin":    { "<phrase>": "<id>" } }      // papers holding the phrase join the topic
 * Ids are those discovery gives, which the same dump always gives again. Merges apply first, then
 * hides, pins and renames. An unknown id is a warning, never an error.
 */
import type { CorpusTopic, TagEvidence } from '../types';
import { isRecord, isStringList } from '../guards';
import { slugify } from '../dump/slug';
import { MAX_TOPICS_PER_PAPER } from './membership';

export interface TopicCuration {
  rename: Record<string, string>;
  merge: Record<string, string>;
  hide: string[];
  pin: Record<string, string>;
}

export const NO_TOPIC_CURATION: TopicCuration = { rename: {}, merge: {}, hide: [], pin: {} };

function stringMap(raw: unknown, what: string, warnings: string[]): Record<string, string> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    warnings.push(`curation: topics.${what} must be an object of strings`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' && v.trim() && k.trim()) out[k.trim()] = v.trim();
    else warnings.push(`curation: topics.${what}."${k}" must be a non-empty string`);
  }
  return out;
}

export function parseTopicCuration(raw: unknown): { curation: TopicCuration; warnings: string[] } {
  const warnings: string[] = [];
  if (raw === undefined) return { curation: NO_TOPIC_CURATION, warnings };
  if (!isRecord(raw)) {
    warnings.push('curation: "topics" must be an object with rename, merge, hide, pin');
    return { curation: NO_TOPIC_CURATION, warnings };
  }
  for (const key of Object.keys(raw))
    if (!['rename', 'merge', 'hide', 'pin'].includes(key))
      warnings.push(`curation: topics."${key}" is not rename, merge, hide or pin`);
  let hide: string[] = [];
  if (raw.hide !== undefined) {
    if (isStringList(raw.hide)) hide = raw.hide;
    else warnings.push('curation: topics.hide must be a list of topic ids');
  }
  return {
    curation: {
      rename: stringMap(raw.rename, 'rename', warnings),
      merge: stringMap(raw.merge, 'merge', warnings),
      hide,
      pin: stringMap(raw.pin, 'pin', warnings),
    },
    warnings,
  };
}

export interface CuratedTopics {
  topics: CorpusTopic[];
  /** Per paper, its topics (main first) with evidence. */
  papers: TagEvidence[][];
  warnings: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Applies the curation. `texts(i)` is paper i's title and abstract, read for pinned phrases.
 * Topics come back largest first; ids stay unique.
 */
export function applyTopicCuration(
  topics: readonly CorpusTopic[],
  papers: readonly TagEvidence[][],
  texts: (i: number) => string,
  curation: TopicCuration,
): CuratedTopics {
  const warnings: string[] = [];
  const byId = new Map(topics.map((t) => [t.id, { ...t, phrases: [...t.phrases] }]));
  let members = papers.map((list) => list.map((m) => ({ id: m.id, evidence: [...m.evidence] })));
  const unknown = (what: string, id: string) =>
    warnings.push(`curation: topics.${what}: unknown topic "${id}"`);

  for (const [from, into] of Object.entries(curation.merge)) {
    if (!byId.has(from)) unknown('merge', from);
    else if (!byId.has(into)) unknown('merge', into);
    else if (from !== into) {
      const target = byId.get(into)!;
      for (const p of byId.get(from)!.phrases)
        if (!target.phrases.includes(p)) target.phrases.push(p);
      byId.delete(from);
      members = members.map((list) => {
        const out: TagEvidence[] = [];
        for (const m of list) {
          const id = m.id === from ? into : m.id;
          const same = out.find((o) => o.id === id);
          if (same) same.evidence = [...new Set([...same.evidence, ...m.evidence])];
          else out.push({ id, evidence: m.evidence });
        }
        return out;
      });
    }
  }
  for (const id of curation.hide) {
    if (!byId.delete(id)) unknown('hide', id);
    else members = members.map((list) => list.filter((m) => m.id !== id));
  }
  for (const [phrase, id] of Object.entries(curation.pin)) {
    const topic = byId.get(id);
    if (!topic) {
      unknown('pin', id);
      continue;
    }
    if (!topic.phrases.includes(phrase)) topic.phrases.unshift(phrase);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
    members = members.map((list, i) => {
      if (!re.test(texts(i))) return list;
      const have = list.find((m) => m.id === id);
      if (have) {
        have.evidence = [phrase, ...have.evidence.filter((e) => e !== phrase)];
        return list;
      }
      const kept = list.slice(0, MAX_TOPICS_PER_PAPER - 1);
      return [...kept, { id, evidence: [phrase] }];
    });
  }
  const renamed = new Map<string, string>();
  const taken = new Set([...byId.keys()]);
  for (const [id, name] of Object.entries(curation.rename)) {
    const topic = byId.get(id);
    if (!topic) {
      unknown('rename', id);
      continue;
    }
    topic.name = name;
    const base = slugify(name) || 'topic';
    let next = base;
    for (let n = 2; next !== id && taken.has(next); n++) next = `${base}-${n}`;
    taken.delete(id);
    taken.add(next);
    renamed.set(id, next);
  }
  const rename = (id: string) => renamed.get(id) ?? id;
  members = members.map((list) => list.map((m) => ({ id: rename(m.id), evidence: m.evidence })));
  const counts = new Map<string, number>();
  for (const list of members) for (const m of list) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const out = [...byId.values()]
    .map((t, i) => ({ t: { ...t, id: rename(t.id), count: counts.get(rename(t.id)) ?? 0 }, i }))
    .filter(({ t }) => t.count > 0)
    .sort((a, b) => b.t.count - a.t.count || a.i - b.i)
    .map(({ t }) => t);
  const kept = new Set(out.map((t) => t.id));
  return {
    topics: out,
    papers: members.map((list) => list.filter((m) => kept.has(m.id))),
    warnings,
  };
}
