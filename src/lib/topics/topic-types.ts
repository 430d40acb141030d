/** What topic discovery gives the corpus build (discover-topics.ts). */

export interface Topic {
  /** Slug of the name: the `topic=` URL value. */
  id: string;
  /** Its most distinctive phrase or two, e.g. "GUI agents". */
  name: string;
  /** The phrases that define it, most distinctive first. */
  phrases: string[];
  /** Papers that belong to it (main or secondary). */
  count: number;
}

/** One paper's membership: a topic (index into the topics) and this paper's phrases that put it there. */
export interface TopicMembership {
  topic: number;
  evidence: string[];
}

/** The listing's phrases and which paper holds which: what related papers share. */
export interface PhraseTable {
  /** Stems joined by spaces: a phrase's identity (phrases.ts). */
  keys: readonly string[];
  surface: readonly string[];
  /** Words per phrase. */
  words: Int32Array;
  /** Papers (of the sample) holding each phrase. */
  df: Int32Array;
  /** Per paper, its phrase ids, ascending. */
  papers: Int32Array[];
}

export interface DiscoveredTopics {
  topics: Topic[];
  /** Per paper in input order: 0–3 memberships, the main topic first. */
  papers: TopicMembership[][];
  phrases: PhraseTable;
}

export interface TopicInput {
  title: string;
  abstract: string;
}
