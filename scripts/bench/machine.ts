/** The machine and versions a bench ran on, for the report header. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  chromium: string;
  packages: Record<string, string>;
}

function pkgVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
}

function cpuModel(): string {
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) return m[1].trim();
  } catch {
    // not Linux: fall back to Node's view
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(chromium: string): MachineInfo {
  return {
    cpus: cpus().length,
    cpuModel: cpuModel(),
    memoryBytes: totalmem(),
    node: process.version,
    chromium,
    packages: Object.fromEntries(
      ['minisearch', 'pagefind', 'vite', 'react', 'playwright-core'].map((n) => [n, pkgVersion(n)]),
    ),
  };
}
