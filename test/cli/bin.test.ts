import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-harness.js';

const BIN = join('packages', 'cli', 'bin', 'sendsim.js');

function runBin(args: readonly string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
}

describe('the sendsim executable', () => {
  it('runs the built bundle of the current sources: validate exits 0 with an ok line', () => {
    const r = runBin(['validate', 'scenarios/baseline.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok scenarios\/baseline\.json \(baseline baseline/);
    // Which build ran, and that it was the bundle (test/cli/bin-build.test.ts covers stale builds).
    const logged = runBin(['validate', 'scenarios/baseline.json'], { SENDSIM_BUILD_LOG: '1' });
    expect(logged.stderr).toMatch(/^sendsim: running the current build packages\/cli\/dist\/[0-9a-f]{16}\n$/);
  });

  it('exits 2 on a usage error with one message and no stack trace', () => {
    const r = runBin(['run', 'baseline', '--reps', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'sendsim: --reps: expected a whole number of replications from 1 to 1000, found "abc"\n' +
        "run 'sendsim help run' for usage\n",
    );
  });

  it("prints the CLI package's version (carried in the bundle)", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'cli', 'package.json'), 'utf8'));
    const r = runBin(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^sendsim ${pkg.version.replaceAll('.', '\\.')} \\(model \\S+\\)\\n$`),
    );
  });

  it("gives byte-identical output from the bundle's worker threads and serially", () => {
    const args = ['run', 'baseline', '--scale', '0.001', '--years', '1', '--reps', '2', '--format', 'json'];
    const serial = runBin(args, { SENDSIM_WORKERS: '1' });
    const threads = runBin(args, { SENDSIM_WORKERS: '2' });
    expect(serial.status, serial.stderr).toBe(0);
    expect(threads.status, threads.stderr).toBe(0);
    expect(threads.stdout).toBe(serial.stdout);
  });
});
