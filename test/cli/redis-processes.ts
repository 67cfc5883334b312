/**
 * The real processes the Redis tests run: a `redis-server` of their own on a free loopback port
 * (no persistence: nothing written to disk), and `sendsim worker` processes. Every process
 * started here is recorded and killed by `stopAll`, which the tests call whatever happens.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { REPO_ROOT } from './cli-harness.js';

const started = new Set<ChildProcess>();

/** Where `redis-server` is, or undefined when it is not installed. */
export function redisServerPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : undefined;
}

/** Why a Redis test skips where `redis-server` is missing. */
export const WHY_SKIPPED =
  'redis-server is not installed (apt-get install -y redis-server; .ci/run installs it)';

/**
 * Fail at once when CI is set and `redis-server` is missing, so CI never passes by skipping the
 * Redis tests (call it in `beforeAll`).
 */
export function failInCiWithoutRedis(): void {
  if (redisServerPath() === undefined && process.env.CI) {
    throw new Error(`CI is set, so the Redis tests must run, but ${WHY_SKIPPED}`);
  }
}

/** The path of redis-server, or the test skipped saying why (a failure when CI is set). */
export function needRedis(ctx: TestContext): string {
  const path = redisServerPath();
  if (path !== undefined) return path;
  if (process.env.CI) throw new Error(`CI is set, so the Redis tests must run, but ${WHY_SKIPPED}`);
  ctx.skip(WHY_SKIPPED);
  throw new Error('unreachable: skipped');
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A running process's output so far, and a way to wait for a line. */
export interface Started {
  readonly process: ChildProcess;
  output(): string;
  /** Resolves with the output once `pattern` appears in it; rejects if the process exits first or after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
}

function track(child: ChildProcess): Started {
  started.add(child);
  child.on('exit', () => started.delete(child));
  let output = '';
  const waiters: Array<() => void> = [];
  const heard = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout?.on('data', heard);
  child.stderr?.on('data', heard);
  child.on('exit', () => {
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    process: child,
    output: () => output,
    waitFor(pattern, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms:\n${output}`)), ms);
        const check = () => {
          if (pattern.test(output)) {
            clearTimeout(timer);
            resolve(output);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            reject(new Error(`exited (${child.exitCode ?? child.signalCode}) before ${pattern}:\n${output}`));
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

/** Start `redis-server` on a free loopback port without persistence; resolves with its URL once it accepts connections. */
export async function startRedis(path: string): Promise<{ url: string; server: Started }> {
  const port = await freePort();
  const server = track(
    spawn(path, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  await server.waitFor(/Ready to accept connections/, 10_000);
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve();
    });
    socket.on('error', reject);
  });
  return { url: `redis://127.0.0.1:${port}`, server };
}

/** Start `sendsim worker` (the bin, as a person runs it) with `args`; resolves once it is taking jobs. */
export async function startWorker(url: string, args: readonly string[] = []): Promise<Started> {
  const worker = track(
    spawn(
      process.execPath,
      [join(REPO_ROOT, 'packages/cli/bin/sendsim.js'), 'worker', '--redis', url, ...args],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  await worker.waitFor(/taking replications from/);
  return worker;
}

/** Kill every process started here that is still running, and wait for each to exit. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...started].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
