import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-harness.js';

const BIN = join('packages', 'cli', 'bin', 'sendsim.js');

function runBin(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('the sendsim executable', () => {
  it('runs the TypeScript sources through tsx: validate exits 0 with an ok line', () => {
    const r = runBin(['validate', 'scenarios/baseline.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok scenarios\/baseline\.json \(baseline baseline/);
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
});
