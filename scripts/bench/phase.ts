/** A bench phase either yields a value or records why it failed, so one failure does not end the run. */
import { errorMessage } from './stats';

export type Phase<T> = { ok: true; value: T } | { ok: false; error: string; phase?: string };

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Phases that failed in this process (run.ts exits 1 on any in --smoke). */
export const failures: string[] = [];

export async function phase<T>(name: string, fn: () => Promise<T>): Promise<Phase<T>> {
  const started = performance.now();
  log(`${name}...`);
  try {
    const value = await fn();
    log(`${name} done in ${Math.round(performance.now() - started)} ms`);
    return { ok: true, value };
  } catch (e) {
    const error = errorMessage(e);
    failures.push(`${name}: ${error}`);
    log(`${name} FAILED: ${error}`);
    return { ok: false, error, phase: name };
  }
}

/** Phase that depends on an earlier one: fails with the earlier reason when that one failed. */
export async function after<A, T>(
  dep: Phase<A>,
  name: string,
  fn: (a: A) => Promise<T>,
): Promise<Phase<T>> {
  if (!dep.ok) {
    const root = dep.phase ?? 'an earlier phase';
    return { ok: false, error: `skipped: ${root} failed`, phase: root };
  }
  return phase(name, () => fn(dep.value));
}
