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

export interface DiscoveredTopics {
  topics: Topic[];
  /** Per paper in input order: 0–3 memberships, the main topic first. */
  papers: TopicMembership[][];
}

export interface TopicInput {
  title: string;
  abstract: string;
}
