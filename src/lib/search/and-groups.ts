/**
 * Evaluates planned query trees (query-plan.ts) on the compact index, combining children as
 * MiniSearch does (result-set.ts) and the query's groups as MiniSearch does (strict: AND, left to
 * right; relaxed: OR), but evaluates the rarest group first and the others only on the documents
 * still in the running (an `allow` mark, leaf-eval.ts: the entries kept are the same).
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

/** AND of some roots, the rarest evaluated first, each on the documents still in the running. */
function andOf(ctx: EvalContext, plan: Plan, roots: number[]): ResultSet {
  const order = [...roots].sort(
    (a, b) => rootCost(ctx.data, plan, a) - rootCost(ctx.data, plan, b) || a - b,
  );
  const sets = new Map<number, ResultSet>();
  let running: ResultSet | undefined;
  for (const i of order) {
    const allow = running && allowOnly(ctx, running.docs, running.size);
    // Evaluated on the running documents only, a root's set is their intersection with them.
    running = evalRoot(ctx, plan, i, allow);
    sets.set(i, running);
    if (!running.size) return emptySet();
  }
  // Summed in query order, as MiniSearch sums them (the same doubles).
  return roots.map((i) => sets.get(i)!).reduce(andSets);
}

/**
 * AND of the required roots. Typing changes the last word only, so the AND of the others is kept
 * from the last query (on the same index data) and the last root is evaluated on its documents.
 * Typing the bench's phrases at 100k papers took 238 → 158 ms of CPU in Node. Not when some term
 * is shared between roots: its masks tie the roots' sets together.
 */
export function strictAnd(ctx: EvalContext, plan: Plan): ResultSet {
  const last = plan.required - 1;
  const roots = Array.from({ length: plan.required }, (_, i) => i);
  if (last < 1 || plan.withMasks) return andOf(ctx, plan, roots);
  const key = JSON.stringify(plan.roots.slice(0, last));
  if (ctx.leading?.key !== key || ctx.leading.data !== ctx.data)
    ctx.leading = { key, data: ctx.data, set: andOf(ctx, plan, roots.slice(0, last)) };
  const lead = ctx.leading.set;
  if (!lead.size) return lead;
  return andSets(lead, evalRoot(ctx, plan, last, allowOnly(ctx, lead.docs, lead.size)));
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
