/** Child processes with wall time and peak RSS (GNU time when present, else /proc VmHWM polling). */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface ProcResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size of the child in bytes, when it could be measured. */
  peakRss?: number;
  /** User + system CPU time of the child (GNU time only): robust to other load on the machine. */
  cpuMs?: number;
}

export interface ProcOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';
const RSS_MARK = '__BENCH_MAXRSS_KB=';

function vmHwmKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `cmd args` and measures it; never rejects on a non-zero exit (see `code`). */
export function runMeasured(
  cmd: string,
  args: string[],
  opts: ProcOptions = {},
): Promise<ProcResult> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', `${RSS_MARK}%M %U %S`, cmd, ...args]]
    : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hwmKb = 0;
    let cpuMs: number | undefined;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = useTime
      ? undefined
      : setInterval(() => (hwmKb = Math.max(hwmKb, child.pid ? (vmHwmKb(child.pid) ?? 0) : 0)), 50);
    const timer = opts.timeoutMs
      ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      const mark = stderr.lastIndexOf(RSS_MARK);
      if (useTime && mark >= 0) {
        const [kb, user, sys] = stderr
          .slice(mark + RSS_MARK.length)
          .trim()
          .split(/\s+/)
          .map(Number);
        hwmKb = kb ?? 0;
        if (user !== undefined && sys !== undefined) cpuMs = (user + sys) * 1000;
        // GNU time adds its own status line on failure; keep the child's messages last.
        stderr = stderr.slice(0, mark).replace(/^Command (exited with|terminated by).*\n?/gm, '');
      }
      const result: ProcResult = { code, stdout, stderr, wallMs };
      if (hwmKb > 0) result.peakRss = hwmKb * 1024;
      if (cpuMs !== undefined && Number.isFinite(cpuMs)) result.cpuMs = cpuMs;
      resolve(result);
    });
  });
}

/** Runs a TypeScript script with tsx in one Node process (no npx wrapper) so RSS is the script's own. */
export function runTs(
  script: string,
  args: string[],
  opts: ProcOptions & { nodeFlags?: string[] } = {},
) {
  return runMeasured(
    process.execPath,
    [...(opts.nodeFlags ?? []), '--import', 'tsx', script, ...args],
    opts,
  );
}

/** Last stdout line of a child that reports its result as JSON. */
export function lastJsonLine<T>(res: ProcResult, what: string): T {
  if (res.code !== 0)
    throw new Error(`${what} exited ${res.code}: ${lastLine(res.stderr) || lastLine(res.stdout)}`);
  const line = lastLine(res.stdout);
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`${what} printed no JSON result (last line: ${line.slice(0, 120)})`);
  }
}

export function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
