/** Typed access to taxonomy.json: the facet values the UI, URL codec and tagger share. */
import type { FacetGroup } from './types';
import rawTaxonomy from './taxonomy.json';

export interface FacetValue {
  id: string;
  label: string;
  /** Technique values carry a definition, topics their defining phrases. */
  definition?: string;
  /** Topics only: the phrases that define them, most distinctive first. */
  phrases?: readonly string[];
}

export type Taxonomy = Record<FacetGroup, readonly FacetValue[]>;

/** Raw shape of taxonomy.json: each value is [id, label] or [id, label, definition]. */
export type RawTaxonomy = Record<string, unknown>;

const GROUPS: readonly FacetGroup[] = ['technique', 'modality', 'contribution'];

/**
 * Validates and converts the raw JSON; throws one clear message when it is malformed. The topic
 * group starts empty: topics are discovered per corpus and set with setTopics.
 */
export function parseTaxonomy(raw: RawTaxonomy): Taxonomy {
  const out = { topic: [] } as unknown as Record<FacetGroup, FacetValue[]>;
  for (const group of GROUPS) {
    const list = raw[group];
    if (!Array.isArray(list))
      throw new Error(`taxonomy: group "${group}" is missing or not a list`);
    const seen = new Set<string>();
    out[group] = list.map((entry: unknown, i) => {
      if (!Array.isArray(entry) || entry.length < 2 || !entry.every((x) => typeof x === 'string')) {
        throw new Error(`taxonomy: ${group}[${i}] must be [id, label] or [id, label, definition]`);
      }
      const [id, label, definition] = entry as string[];
      if (!id || seen.has(id))
        throw new Error(`taxonomy: ${group}[${i}] has an empty or duplicate id`);
      seen.add(id);
      return definition === undefined
        ? { id, label: label ?? id }
        : { id, label: label ?? id, definition };
    });
  }
  return out;
}

/** The default taxonomy shipped in data/, with the loaded corpus's topics (setTopics). */
export const TAXONOMY: Taxonomy = parseTaxonomy(rawTaxonomy as RawTaxonomy);

const indexes = new Map<Taxonomy, Record<FacetGroup, Map<string, FacetValue>>>();

export interface TopicValue {
  id: string;
  name: string;
  phrases: readonly string[];
}

/**
 * The topics of the corpus this page (or worker) loaded, as the values of the topic group. Called
 * once the corpus is read (src/corpus/corpus-files.ts) and by the build before writing; a page
 * holds one corpus, so the taxonomy it shows is that corpus's.
 */
export function setTopics(topics: readonly TopicValue[], taxonomy: Taxonomy = TAXONOMY): void {
  const same =
    taxonomy.topic.length === topics.length &&
    taxonomy.topic.every((v, i) => v.id === topics[i]!.id && v.label === topics[i]!.name);
  if (same) return;
  (taxonomy as Record<FacetGroup, readonly FacetValue[]>).topic = topics.map((t) => ({
    id: t.id,
    label: t.name,
    definition: t.phrases.length ? `Defining phrases: ${t.phrases.join(', ')}` : undefined,
    phrases: t.phrases,
  }));
  indexes.delete(taxonomy);
}

function indexOf(taxonomy: Taxonomy): Record<FacetGroup, Map<string, FacetValue>> {
  let index = indexes.get(taxonomy);
  if (!index) {
    index = {
      technique: new Map(taxonomy.technique.map((v) => [v.id, v])),
      modality: new Map(taxonomy.modality.map((v) => [v.id, v])),
      contribution: new Map(taxonomy.contribution.map((v) => [v.id, v])),
      topic: new Map(taxonomy.topic.map((v) => [v.id, v])),
    };
    indexes.set(taxonomy, index);
  }
  return index;
}

/** Values of one group, in taxonomy order (the order facets are shown in). */
export function valuesOf(group: FacetGroup, taxonomy: Taxonomy = TAXONOMY): readonly FacetValue[] {
  return taxonomy[group];
}

/** Ids of one group, in taxonomy order. */
export function idsOf(group: FacetGroup, taxonomy: Taxonomy = TAXONOMY): string[] {
  return taxonomy[group].map((v) => v.id);
}

/** Ids of every group, in taxonomy order: the order of facet masks and meta.json tag positions. */
export function facetOrder(taxonomy: Taxonomy = TAXONOMY): Record<FacetGroup, string[]> {
  return {
    technique: idsOf('technique', taxonomy),
    modality: idsOf('modality', taxonomy),
    contribution: idsOf('contribution', taxonomy),
    topic: idsOf('topic', taxonomy),
  };
}

export function isKnownId(group: FacetGroup, id: string, taxonomy: Taxonomy = TAXONOMY): boolean {
  return indexOf(taxonomy)[group].has(id);
}

export function getValue(
  group: FacetGroup,
  id: string,
  taxonomy: Taxonomy = TAXONOMY,
): FacetValue | undefined {
  return indexOf(taxonomy)[group].get(id);
}

/** The label of a value, or the id itself when it is unknown (never throws: ids come from URLs). */
export function labelOf(group: FacetGroup, id: string, taxonomy: Taxonomy = TAXONOMY): string {
  return getValue(group, id, taxonomy)?.label ?? id;
}

/** Position of a value within its group, for stable sorting; unknown ids sort last. */
export function orderOf(group: FacetGroup, id: string, taxonomy: Taxonomy = TAXONOMY): number {
  const i = taxonomy[group].findIndex((v) => v.id === id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
