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

function evalRoot(ctx: EvalContext, plan: Plan, root: number, allow = 0): ResultSet {
  let next = plan.rootStart[root]!;
  const run = (node: Query | string, inherited?: Query['combineWith']): ResultSet => {
    if (typeof node === 'string') return evalLeaf(ctx, plan.leaves[next++]!, plan.withMasks, allow);
    const op = node.combineWith ?? inherited ?? 'OR';
    const results = node.queries.map((child) => run(child, op));
    // A group of stopwords only ("be at" beside its glued "beat") has no children.
    if (!results.length) return emptySet();
    return results.reduce(op === 'AND' ? andSets : op === 'AND_NOT' ? notSets : orSets);
  };
  return run(plan.roots[root]!);
}

/** AND of the required roots, the rarest evaluated first. */
export function strictAnd(ctx: EvalContext, plan: Plan): ResultSet {
  const order = Array.from({ length: plan.required }, (_, i) => i).sort(
    (a, b) => rootCost(ctx.data, plan, a) - rootCost(ctx.data, plan, b) || a - b,
  );
  const sets: ResultSet[] = new Array<ResultSet>(plan.required);
  let running: ResultSet | undefined;
  for (const i of order) {
    const set = evalRoot(ctx, plan, i, running ? allowOnly(ctx, running.docs, running.size) : 0);
    sets[i] = set;
    running = running ? andSets(running, set) : set;
    if (!running.size) return emptySet();
  }
  // Summed in query order, as MiniSearch sums them (the same doubles).
  return sets.reduce(andSets);
}

export function relaxedOr(ctx: EvalContext, plan: Plan): ResultSet {
  let out = emptySet();
  for (let i = 0; i < plan.required; i += 1) out = orSets(out, evalRoot(ctx, plan, i));
  return out;
}

/** `main` without the documents of the excluded roots, looked up among main's documents only. */
export function withoutExcluded(ctx: EvalContext, plan: Plan, main: ResultSet): ResultSet {
  let out = main;
  for (let i = plan.required; i < plan.roots.length && out.size; i += 1)
    out = notSets(out, evalRoot(ctx, plan, i, allowOnly(ctx, out.docs, out.size)));
  return out;
}
