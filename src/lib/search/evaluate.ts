/**
 * Evaluates planned query trees (query-plan.ts) on the compact index. Children combine as
 * MiniSearch combines them (result-set.ts). A root may be evaluated only on the documents of an
 * `allow` mark (leaf-eval.ts): when roots are AND-ed, the others need not score documents the
 * rarest one already ruled out, and the entries kept are the same.
 */
import { evalLeaf } from './leaf-eval';
import type { EvalContext } from './leaf-eval';
import type { Plan } from './query-plan';
import type { Query } from './query-tree';
import { andSets, emptySet, notSets, orSets } from './result-set';
import type { ResultSet } from './result-set';

type Options = Pick<Query, 'combineWith'>;

export function evalRoot(
  ctx: EvalContext,
  plan: Plan,
  roots: readonly Query[],
  root: number,
  allow = 0,
): ResultSet {
  let next = plan.rootStart[root]!;
  const run = (node: Query | string, opts: Options): ResultSet => {
    if (typeof node === 'string')
      return node ? evalLeaf(ctx, plan.leaves[next++]!, plan.withMasks, allow) : emptySet();
    const op = node.combineWith ?? opts.combineWith ?? 'OR';
    const results = node.queries.map((child) => run(child, { combineWith: op }));
    if (!results.length) return emptySet();
    return results.reduce(op === 'AND' ? andSets : op === 'AND_NOT' ? notSets : orSets);
  };
  return run(roots[root]!, {});
}
