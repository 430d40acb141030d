/**
 * Scores discovered topics against hand labels (scripts/eval-topics.ts): for each labelled topic,
 * the best F1 of any discovered topic over the same papers; the macro mean over labelled topics;
 * coverage (papers with at least one topic), topics, and topics per paper.
 */
interface LabelScore {
  label: string;
  support: number;
  /** Best-matching discovered topic ('' when none overlaps). */
  best: string;
  precision: number;
  recall: number;
  f1: number;
}

export interface TopicScore {
  macroF1: number;
  coverage: number;
  topics: number;
  topicsPerPaper: number;
  rows: LabelScore[];
}

/**
 * @param gold per paper, its labelled topic ids (papers without labels are left out of F1)
 * @param found per paper, its discovered topic ids
 */
export function scoreTopics(
  gold: readonly (readonly string[] | undefined)[],
  found: readonly (readonly string[])[],
): TopicScore {
  const labelled = gold.flatMap((g, i) => (g ? [i] : []));
  const members = (lists: readonly (readonly string[] | undefined)[]) => {
    const m = new Map<string, Set<number>>();
    for (const i of labelled)
      for (const id of lists[i] ?? []) m.set(id, (m.get(id) ?? new Set()).add(i));
    return m;
  };
  const goldSets = members(gold);
  const foundSets = members(found);
  const rows: LabelScore[] = [...goldSets.keys()].sort().map((label) => {
    const g = goldSets.get(label)!;
    let row: LabelScore = { label, support: g.size, best: '', precision: 0, recall: 0, f1: 0 };
    for (const [id, f] of [...foundSets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      let tp = 0;
      for (const i of f) if (g.has(i)) tp++;
      if (tp === 0) continue;
      const precision = tp / f.size;
      const recall = tp / g.size;
      const f1 = (2 * precision * recall) / (precision + recall);
      if (f1 > row.f1) row = { ...row, best: id, precision, recall, f1 };
    }
    return row;
  });
  const all = new Set(found.flat());
  const covered = found.filter((f) => f.length > 0).length;
  return {
    macroF1: rows.length ? rows.reduce((s, r) => s + r.f1, 0) / rows.length : 0,
    coverage: found.length ? covered / found.length : 0,
    topics: all.size,
    topicsPerPaper: found.length ? found.reduce((s, f) => s + f.length, 0) / found.length : 0,
    rows,
  };
}
