/**
 * Per-paper corrections from data/curation.json, applied after the rules in the corpus build.
 * The file maps a paper slug to changes; it stays empty ({}) for the default corpus, so the
 * rules alone must carry the default tags. Shape (every key optional):
 *   { "<slug>": { "technique": { "add": ["kv-cache"], "remove": ["diffusion"] },
 *                 "modality": ["text"],            // a plain list replaces the group
 *                 "contribution": "analysis",
 *                 "note": "why" } }
 */
import type { FacetGroup, PaperTags, TagEvidence } from '../types';
import { isKnownId, orderOf, TAXONOMY, type Taxonomy } from '../taxonomy';
import { isRecord, isStringList } from '../guards';

interface GroupEdit {
  add?: string[];
  remove?: string[];
  /** Replaces the whole group. */
  set?: string[];
}

interface CurationEntry {
  technique?: GroupEdit;
  modality?: GroupEdit;
  contribution?: string;
  note?: string;
}

export type Curation = Record<string, CurationEntry>;

const LIST_GROUPS = ['technique', 'modality'] as const;

/**
 * Checks raw JSON. Unknown ids and malformed parts are dropped with a warning each, so one bad
 * entry never loses the others.
 */
export function parseCuration(
  raw: unknown,
  taxonomy: Taxonomy = TAXONOMY,
): { curation: Curation; warnings: string[] } {
  const warnings: string[] = [];
  const curation: Curation = {};
  if (!isRecord(raw)) {
    return { curation, warnings: ['curation: expected an object keyed by paper slug'] };
  }
  for (const [slug, value] of Object.entries(raw)) {
    if (!isRecord(value)) {
      warnings.push(`curation: "${slug}" must be an object`);
      continue;
    }
    const v = value;
    const entry: CurationEntry = {};
    const known = (group: FacetGroup, ids: string[]): string[] =>
      ids.filter(
        (id) =>
          isKnownId(group, id, taxonomy) ||
          (warnings.push(`curation: "${slug}": unknown ${group} "${id}"`), false),
      );
    for (const group of LIST_GROUPS) {
      const g = v[group];
      if (g === undefined) continue;
      if (isStringList(g)) entry[group] = { set: known(group, g) };
      else if (typeof g === 'object' && g !== null) {
        const { add, remove } = g as Record<string, unknown>;
        entry[group] = {
          ...(isStringList(add) ? { add: known(group, add) } : {}),
          ...(isStringList(remove) ? { remove: known(group, remove) } : {}),
        };
      } else warnings.push(`curation: "${slug}": ${group} must be a list or {add, remove}`);
    }
    if (v.contribution !== undefined) {
      if (
        typeof v.contribution === 'string' &&
        isKnownId('contribution', v.contribution, taxonomy)
      ) {
        entry.contribution = v.contribution;
      } else
        warnings.push(
          `curation: "${slug}": unknown contribution ${JSON.stringify(v.contribution)}`,
        );
    }
    if (typeof v.note === 'string') entry.note = v.note;
    curation[slug] = entry;
  }
  return { curation, warnings };
}

function editGroup(
  group: FacetGroup,
  tags: TagEvidence[],
  edit: GroupEdit | undefined,
): TagEvidence[] {
  if (!edit) return tags;
  const byId = new Map(tags.map((t) => [t.id, t]));
  const base = edit.set ? edit.set : [...byId.keys()];
  const ids = new Set(base.filter((id) => !edit.remove?.includes(id)));
  for (const id of edit.add ?? []) ids.add(id);
  // Tags kept from the rules keep their evidence; curated ones have none to highlight.
  return [...ids]
    .sort((a, b) => orderOf(group, a) - orderOf(group, b))
    .map((id) => byId.get(id) ?? { id, evidence: [] });
}

/** The tags of one paper after its curation entry, if any; the input is not modified. */
export function applyCuration(slug: string, tags: PaperTags, curation: Curation): PaperTags {
  const entry = Object.hasOwn(curation, slug) ? curation[slug] : undefined;
  if (!entry) return tags;
  const contribution =
    entry.contribution && entry.contribution !== tags.contribution.id
      ? { id: entry.contribution, evidence: [] }
      : tags.contribution;
  return {
    technique: editGroup('technique', tags.technique, entry.technique),
    modality: editGroup('modality', tags.modality, entry.modality),
    contribution,
  };
}

/** Curation keys that match no paper (a renamed title changes the slug): worth a warning. */
export function unusedCurationSlugs(curation: Curation, slugs: Iterable<string>): string[] {
  const present = new Set(slugs);
  return Object.keys(curation).filter((slug) => !present.has(slug));
}
