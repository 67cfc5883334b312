/**
 * `sendsim rerun`'s checks that come before any run (fast; the reruns themselves are in
 * rerun.test.ts): a result without a manifest, a manifest of a later format, another model or
 * sendsim version, a command that makes no result or writes a scenario file, each refused with
 * one line naming the file and what differs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_VERSION } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import cliPackage from '../../packages/cli/package.json' with { type: 'json' };
import { REPO_ROOT, sendsim, tempDir } from './cli-harness.js';

const BASELINE = join(REPO_ROOT, 'scenarios', 'baseline.json');

/** A manifest as `sendsim run baseline --format json` from the repository root writes it. */
function manifest(changes: Record<string, unknown> = {}) {
  return {
    manifestVersion: 1,
    modelVersion: MODEL_VERSION,
    sendsimVersion: cliPackage.version,
    command: ['sendsim', 'run', 'baseline', '--format', 'json'],
    options: { seed: 1, years: 10, scale: 0.01, reps: 5, format: 'json' },
    startDate: '2023-01-01',
    scenarios: [
      {
        path: 'baseline',
        file: 'scenarios/baseline.json',
        id: 'baseline',
        sha256: createHash('sha256').update(readFileSync(BASELINE)).digest('hex'),
      },
    ],
    inputs: [],
    ...changes,
  };
}

/** `sendsim rerun` of a result file holding `content`, from the repository root. */
async function rerunOf(content: string) {
  const file = join(tempDir(), 'result.json');
  writeFileSync(file, content);
  const r = await sendsim(['rerun', file]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(2);
  return r.stderr.replace(`sendsim: ${file}: `, '');
}

describe('sendsim rerun refuses, before running anything', () => {
  it('a result without a manifest, saying where one is found', async () => {
    expect(await rerunOf('{"meta": {}}')).toMatch(
      /^no manifest \(found JSON without "manifest"\): expected JSON from sendsim run, compare, sensitivity, sweep, psa, calibrate \(which carries one under "manifest"\), or \S+\.manifest\.json beside a CSV or table written with --out/,
    );
    expect(await rerunOf('kind,metric\n')).toMatch(/^no manifest \(found text that is not a JSON object\)/);
  });

  it('another model version or sendsim version, naming both', async () => {
    expect(await rerunOf(JSON.stringify({ manifest: manifest({ modelVersion: '0.1.0' }) }))).toBe(
      `model version: the result was made with 0.1.0, this sendsim has ${MODEL_VERSION}; results differ between versions, so rerun it with the sendsim of model version 0.1.0 (its git tag or commit)\n`,
    );
    expect(await rerunOf(JSON.stringify({ manifest: manifest({ sendsimVersion: '9.9.9' }) }))).toMatch(
      /^sendsim version: the result was made with 9\.9\.9, this sendsim has /,
    );
  });

  it('a manifest of a later format, or one that is not a manifest', async () => {
    expect(await rerunOf(JSON.stringify({ manifest: manifest({ manifestVersion: 2 }) }))).toBe(
      'manifest.manifestVersion: expected at most 1 (what this sendsim reads), found 2; rerun it with the sendsim that made it\n',
    );
    expect(await rerunOf(JSON.stringify({ manifest: manifest({ command: 'sendsim run' }) }))).toMatch(
      /^manifest\.command: expected the command line as a list of strings starting "sendsim", found string/,
    );
    expect(await rerunOf(JSON.stringify({ manifest: manifest({ scenarios: [{}] }) }))).toMatch(
      /^manifest\.scenarios: expected a list of \{ path, file, sha256 \}/,
    );
  });

  it('a command that makes no result, or one that wrote a fit into a scenario file', async () => {
    const validate = manifest({ command: ['sendsim', 'validate', 'baseline'] });
    expect(await rerunOf(JSON.stringify({ manifest: validate }))).toMatch(
      /^manifest\.command: expected a command that makes a result \(run, compare, sensitivity, sweep, psa, calibrate\), found "sendsim validate baseline"/,
    );
    const apply = manifest({ command: ['sendsim', 'calibrate', '--fit', '--apply'] });
    expect(await rerunOf(JSON.stringify({ manifest: apply }))).toMatch(
      /^manifest\.command: --apply wrote a fit into the baseline file; rerun does not write scenario files/,
    );
  });

  it('an option resolved otherwise than the manifest says', async () => {
    const other = manifest({ options: { seed: 2, years: 10, scale: 0.01, reps: 5, format: 'json' } });
    expect(await rerunOf(JSON.stringify({ manifest: other }))).toMatch(
      /^manifest\.options: expected \{"seed":2,.*\}, found \{"seed":1,.*\} \(what this sendsim makes of the same command and files\)/,
    );
  });

  it('an --out that is the result it reads', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'result.json'), JSON.stringify({ manifest: manifest() }));
    const r = await sendsim(['rerun', 'result.json', '--out', 'result.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--out result.json: expected a file the command does not read');
  });

  it('explains itself in help, within 100 columns', async () => {
    const r = await sendsim(['help', 'rerun']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sendsim rerun <result file> \[options\]/);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
