/**
 * The bin runs the CLI from the esbuild bundle built from the sources as they are now: it
 * builds on first use, runs a current build as it is, notices an edited or touched source and
 * rebuilds, and without esbuild runs the sources through tsx. Each test drives the real bin on
 * its own copy of the CLI and sim-core packages in a temporary folder, so the repository's own
 * build is left alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from './cli-harness.js';

const VALIDATE = ['validate', 'scenarios/baseline.json'];
const BUILT = /^sendsim: no build of the current sources yet; built \S+dist\/([0-9a-f]{16}) in [\d.]+ s$/m;

/**
 * A copy of packages/cli and packages/sim-core (sources, bin, build scripts, package.json) and
 * the root TypeScript configs, with node_modules linking to the repository's installed
 * dependencies; `esbuild: false` or `tsx: false` leaves that one out. Returns the copied CLI
 * package folder.
 */
function copyOfPackages({ esbuild = true, tsx = true } = {}): string {
  const root = tempDir('sendsim-bin-');
  copies.push(root);
  const from = (...path: string[]) => join(REPO_ROOT, ...path);
  const cli = join(root, 'packages', 'cli');
  const simCore = join(root, 'packages', 'sim-core');
  for (const part of ['src', 'bin', 'build', 'package.json'])
    cpSync(from('packages/cli', part), join(cli, part), { recursive: true });
  for (const part of ['src', 'package.json'])
    cpSync(from('packages/sim-core', part), join(simCore, part), { recursive: true });
  for (const file of ['tsconfig.json', 'tsconfig.base.json']) cpSync(from(file), join(root, file));
  mkdirSync(join(cli, 'node_modules', '@send-sim'), { recursive: true });
  symlinkSync(simCore, join(cli, 'node_modules', '@send-sim', 'sim-core'));
  const linked = ['xstate', ...(tsx ? ['tsx'] : []), ...(esbuild ? ['esbuild'] : [])];
  for (const name of linked)
    symlinkSync(realpathSync(from('packages/cli/node_modules', name)), join(cli, 'node_modules', name));
  symlinkSync(from('packages/sim-core/node_modules'), join(simCore, 'node_modules'));
  return cli;
}

/** Run the copy's bin from the repository root (where `scenarios/` is), logging which build it ran. */
function runBin(cli: string, args: readonly string[]) {
  return spawnSync(process.execPath, [join(cli, 'bin', 'sendsim.js'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, SENDSIM_BUILD_LOG: '1' },
  });
}

/** The build folders under `dist/` (temporary folders of builds in progress start with a dot). */
function builds(cli: string): string[] {
  const dist = join(cli, 'dist');
  return existsSync(dist) ? readdirSync(dist).sort() : [];
}

const copies: string[] = [];
afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

function builtKey(stderr: string): string {
  const key = BUILT.exec(stderr)?.[1];
  expect(key, stderr).toBeDefined();
  return key!;
}

describe('the bin and its build', () => {
  it('builds the bundle on first use, then runs that build without building again', () => {
    const cli = copyOfPackages();
    const first = runBin(cli, VALIDATE);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^ok scenarios\/baseline\.json \(baseline baseline/);
    const key = builtKey(first.stderr);
    expect(builds(cli)).toEqual([key]);
    expect(readdirSync(join(cli, 'dist', key)).sort()).toEqual([
      'build-info.json',
      'partition-job.js',
      'partition-job.js.map',
      'partition-worker.js',
      'replication-job.js',
      'replication-job.js.map',
      'replication-worker.js',
      'sendsim.js',
      'sendsim.js.map',
    ]);
    const builtAt = statSync(join(cli, 'dist', key, 'build-info.json')).mtimeMs;

    const second = runBin(cli, VALIDATE);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(`sendsim: running the current build ${join(cli, 'dist', key)}\n`);
    expect(builds(cli)).toEqual([key]);
    expect(statSync(join(cli, 'dist', key, 'build-info.json')).mtimeMs).toBe(builtAt);
  });

  it('rebuilds after a source is edited, and stack traces point at the TypeScript', () => {
    const cli = copyOfPackages();
    const oldKey = builtKey(runBin(cli, VALIDATE).stderr);

    const file = join(cli, 'src', 'commands', 'validate.ts');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.startsWith('export function validateCommand('));
    lines.splice(at + 1, 0, "  throw new Error('a bug planted by the test');");
    writeFileSync(file, lines.join('\n'));

    const r = runBin(cli, VALIDATE);
    const newKey = builtKey(r.stderr);
    expect(newKey).not.toBe(oldKey);
    expect(builds(cli)).toEqual([newKey, oldKey].sort());
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(
      'sendsim: internal error (a bug in sendsim, please report it):\nError: a bug planted by the test',
    );
    // Line numbers are 1-based: the planted line is line at + 2.
    expect(r.stderr).toContain(`${join(cli, 'src', 'commands', 'validate.ts')}:${at + 2}:`);
  });

  it('rebuilds after a sim-core source is touched (same content, new modification time)', () => {
    const cli = copyOfPackages();
    const oldKey = builtKey(runBin(cli, VALIDATE).stderr);
    const file = join(cli, '..', 'sim-core', 'src', 'version.ts');
    const later = new Date(statSync(file).mtimeMs + 60_000);
    utimesSync(file, later, later);

    const r = runBin(cli, VALIDATE);
    expect(r.status, r.stderr).toBe(0);
    expect(builtKey(r.stderr)).not.toBe(oldKey);
  });

  it('covers in its fingerprint every file esbuild read from our packages', () => {
    const cli = copyOfPackages();
    const key = builtKey(runBin(cli, VALIDATE).stderr);
    const info = JSON.parse(readFileSync(join(cli, 'dist', key, 'build-info.json'), 'utf8')) as {
      fingerprint: string[];
      inputs: string[];
    };
    const files = new Set(info.fingerprint.map((entry) => entry.split(' ')[0]));
    const dependencyFolders = info.fingerprint
      .filter((entry) => entry.startsWith('dependency '))
      .map((entry) => `${entry.split(' ')[2]}/`);
    expect(info.inputs.length).toBeGreaterThan(100);
    for (const input of info.inputs) {
      const covered = files.has(input) || dependencyFolders.some((folder) => input.startsWith(folder));
      expect(covered, `${input} is not in the fingerprint`).toBe(true);
    }
  });

  it('leaves one complete build, which both ran, when two processes build at once', async () => {
    const cli = copyOfPackages();
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [join(cli, 'bin', 'sendsim.js'), ...VALIDATE], {
          cwd: REPO_ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, SENDSIM_BUILD_LOG: '1' },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const both = await Promise.all([run(), run()]);
    const [key, ...others] = builds(cli);
    expect(others).toEqual([]);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(join(cli, 'dist', key!, 'build-info.json'))).toBe(true);
    for (const { code, stderr } of both) {
      expect(code, stderr).toBe(0);
      // Each built it or found it built: neither fell back to the sources.
      expect(stderr).toMatch(
        new RegExp(
          `^sendsim: (no build of the current sources yet; built|running the current build) \\S+${key}`,
        ),
      );
    }
  });

  it('starts worker threads from the build, with no TypeScript compiler (tsx) installed', () => {
    const cli = copyOfPackages({ tsx: false });
    const args = ['run', 'baseline', '--scale', '0.001', '--years', '1', '--reps', '2', '--format', 'json'];
    const serial = spawnSync(process.execPath, [join(cli, 'bin', 'sendsim.js'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SENDSIM_WORKERS: '1' },
    });
    const threads = spawnSync(process.execPath, [join(cli, 'bin', 'sendsim.js'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SENDSIM_WORKERS: '2' },
    });
    expect(serial.status, serial.stderr).toBe(0);
    expect(threads.status, threads.stderr).toBe(0);
    expect(threads.stdout).toBe(serial.stdout);
  });

  it('runs the sources through tsx when esbuild is not installed', () => {
    const cli = copyOfPackages({ esbuild: false });
    const r = runBin(cli, VALIDATE);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ok scenarios\/baseline\.json \(baseline baseline/);
    expect(r.stderr).toBe('sendsim: esbuild is not installed; running the TypeScript sources through tsx\n');
    expect(builds(cli)).toEqual([]);
  });
});
