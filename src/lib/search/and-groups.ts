/**
 * Evaluates planned query trees (query-plan.ts) on the compact index, combining children as
 * MiniSearch does (result-set.ts) and the query's groups as MiniSearch does (strict: AND, left to
 * right; relaxed: OR), but evaluates the rarest group first and the others only on the documents
 * still in the running (an `allow` mark, leaf-eval.ts: the entries kept are the same).
 * Keeping the leading groups' AND between keystrokes saved under 1 ms p95 at 30k papers: dropped.
 */
import { allowOnly, evalLeaf } from './leaf-eval';
import type { EvalContext } from './leaf-eval';
import { rootCost } from './query-plan';
import type { Plan } from './query-plan';
import type { Query } from './query-tree';
import { andSets, emptySet, notSets, orSets } from './result-set';
import type { ResultSet } from './result-set';

function evalRoot(
  ctx: EvalContext,
  plan: Plan,
  roots: readonly Query[],
  root: number,
  allow = 0,
): ResultSet {
  let next = plan.rootStart[root]!;
  const run = (node: Query | string, inherited?: Query['combineWith']): ResultSet => {
    if (typeof node === 'string')
      return node ? evalLeaf(ctx, plan.leaves[next++]!, plan.withMasks, allow) : emptySet();
    const op = node.combineWith ?? inherited ?? 'OR';
    const results = node.queries.map((child) => run(child, op));
    if (!results.length) return emptySet();
    return results.reduce(op === 'AND' ? andSets : op === 'AND_NOT' ? notSets : orSets);
  };
  return run(roots[root]!);
}

/** AND of the first `count` roots, the rarest evaluated first. */
export function strictAnd(
  ctx: EvalContext,
  plan: Plan,
  roots: readonly Query[],
  count: number,
): ResultSet {
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => rootCost(ctx.data, plan, a) - rootCost(ctx.data, plan, b) || a - b,
  );
  const sets: ResultSet[] = new Array<ResultSet>(count);
  let running: ResultSet | undefined;
  for (const i of order) {
    const set = evalRoot(
      ctx,
      plan,
      roots,
      i,
      running ? allowOnly(ctx, running.docs, running.size) : 0,
    );
    sets[i] = set;
    running = running ? andSets(running, set) : set;
    if (!running.size) return emptySet();
  }
  return sets.reduce(andSets);
}

export function relaxedOr(
  ctx: EvalContext,
  plan: Plan,
  roots: readonly Query[],
  count: number,
): ResultSet {
  let out = emptySet();
  for (let i = 0; i < count; i += 1)
    out = i ? orSets(out, evalRoot(ctx, plan, roots, i)) : evalRoot(ctx, plan, roots, i);
  return out;
}

/** `main` without the documents of roots[from..]; those are looked up among main's documents only. */
export function withoutExcluded(
  ctx: EvalContext,
  plan: Plan,
  roots: readonly Query[],
  from: number,
  main: ResultSet,
): ResultSet {
  let out = main;
  for (let i = from; i < roots.length && out.size; i += 1) {
    out = notSets(out, evalRoot(ctx, plan, roots, i, allowOnly(ctx, out.docs, out.size)));
  }
  return out;
}
