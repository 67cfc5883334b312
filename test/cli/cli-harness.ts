/**
 * Runs sendsim in-process with captured standard output and error, from the repository root
 * (or another folder), for the CLI tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@send-sim/cli';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `sendsim ...argv` and capture what it prints. */
export async function sendsim(argv: readonly string[], cwd: string = REPO_ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh empty folder under the system's temporary folder. */
export function tempDir(prefix = 'sendsim-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Small, fast run options for tests: 0.2% of England, 2 years, 2 replications. */
export const SMALL = ['--scale', '0.002', '--years', '2', '--reps', '2'] as const;

/** Run `action` with `SENDSIM_WORKERS` set to `threads` (so a small run uses worker threads too). */
export async function withWorkers<T>(threads: number, action: () => Promise<T>): Promise<T> {
  const before = process.env.SENDSIM_WORKERS;
  process.env.SENDSIM_WORKERS = String(threads);
  try {
    return await action();
  } finally {
    if (before === undefined) delete process.env.SENDSIM_WORKERS;
    else process.env.SENDSIM_WORKERS = before;
  }
}
