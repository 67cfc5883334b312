/**
 * Run manifests and `sendsim rerun`, end to end: every result command's output is made again
 * byte for byte from its manifest; a scenario or targets file edited since, or a model version
 * that differs, makes rerun fail naming it. Each case works on copies of the scenarios in a
 * folder of its own, at the smallest workloads that still run every part.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_VERSION } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sendsim, tempDir } from './cli-harness.js';

const TINY = ['--scale', '0.001', '--years', '2', '--reps', '2'];
const REFORM = 'early-help-investment';
const BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'sendsim.js');

/** A folder with copies of the scenarios a case uses, under `scenarios/`. */
function workspace(): string {
  const dir = tempDir('sendsim-rerun-');
  mkdirSync(join(dir, 'scenarios'));
  for (const id of ['baseline', REFORM, 'backtest-2019']) {
    copyFileSync(join(REPO_ROOT, 'scenarios', `${id}.json`), join(dir, 'scenarios', `${id}.json`));
  }
  return dir;
}

/** Change one parameter's value in a scenario file (a real edit, still valid). */
function editScenario(dir: string, id: string): void {
  const path = join(dir, 'scenarios', `${id}.json`);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  if (data.kind === 'baseline') data.parameters['ep.workforceFte'].value += 1;
  else data.name = `${data.name} (edited)`;
  writeFileSync(path, JSON.stringify(data, null, 2));
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Make a result with `argv` (writing `out` in `dir`), then rerun it and expect the same bytes. */
async function expectReproduced(dir: string, argv: readonly string[], out: string): Promise<void> {
  const made = await sendsim([...argv, '--out', out], dir);
  expect(made.code, made.stderr).toBe(0);
  const original = readFileSync(join(dir, out));
  const again = await sendsim(['rerun', out], dir);
  expect(again.code, again.stderr).toBe(0);
  expect(Buffer.from(again.stdout).equals(original)).toBe(true);
  expect(again.stderr).toMatch(new RegExp(`^reproduced ${out}: the same ${original.length} bytes`));
  // …and to a file of its own, with the same bytes.
  const copy = await sendsim(['rerun', out, '--out', `again-${out}`], dir);
  expect(copy.code, copy.stderr).toBe(0);
  // Checked before it is written, and said so first (a CSV or table's manifest is written beside it).
  expect(copy.stderr).toMatch(
    new RegExp(`^reproduced ${out}: .*\n(wrote again-${out}.manifest.json\n)?wrote again-${out}\n$`),
  );
  expect(readFileSync(join(dir, `again-${out}`)).equals(original)).toBe(true);
}

describe('sendsim rerun', () => {
  it('makes a run again byte for byte, and fails naming the scenario edited since', async () => {
    const dir = workspace();
    await expectReproduced(dir, ['run', 'baseline', ...TINY, '--format', 'json'], 'run.json');
    const manifest = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')).manifest;
    expect(manifest).toEqual({
      manifestVersion: 1,
      modelVersion: MODEL_VERSION,
      sendsimVersion: expect.any(String),
      command: ['sendsim', 'run', 'baseline', ...TINY, '--format', 'json', '--out', 'run.json'],
      // Every option run takes, resolved (others may be added); never --out.
      options: expect.objectContaining({ seed: 1, years: 2, scale: 0.001, reps: 2, format: 'json' }),
      startDate: '2023-01-01',
      scenarios: [
        {
          path: 'baseline',
          file: 'scenarios/baseline.json',
          id: 'baseline',
          sha256: sha256(join(dir, 'scenarios', 'baseline.json')),
        },
      ],
      inputs: [],
    });

    expect(manifest.options).not.toHaveProperty('out');

    const before = sha256(join(dir, 'scenarios', 'baseline.json'));
    editScenario(dir, 'baseline');
    const r = await sendsim(['rerun', 'run.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `sendsim: run.json: scenario scenarios/baseline.json has changed since the result was made: sha256 expected ${before}, found ${sha256(join(dir, 'scenarios', 'baseline.json'))}\n`,
    );
  });

  it("makes a CSV again from the manifest beside it, and a reform's table", async () => {
    const dir = workspace();
    await expectReproduced(dir, ['run', 'baseline', ...TINY, '--format', 'csv'], 'run.csv');
    // The CSV is unchanged (its first line the header); the manifest is beside it, with its hash.
    const csv = readFileSync(join(dir, 'run.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('kind,metric,year,mean,lo,hi');
    const sidecar = JSON.parse(readFileSync(join(dir, 'run.csv.manifest.json'), 'utf8'));
    expect(sidecar.output).toEqual({ file: 'run.csv', sha256: sha256(join(dir, 'run.csv')) });
    expect(sidecar.manifest.options.format).toBe('csv');
    // The sidecar alone will do too: the output is checked against the hash it records.
    const fromSidecar = await sendsim(['rerun', 'run.csv.manifest.json'], dir);
    expect(fromSidecar.code, fromSidecar.stderr).toBe(0);
    expect(fromSidecar.stdout).toBe(csv);

    // A reform's table: its manifest names the baseline the reform was resolved against too.
    await expectReproduced(dir, ['run', REFORM, ...TINY], 'run.txt');
    const table = JSON.parse(readFileSync(join(dir, 'run.txt.manifest.json'), 'utf8'));
    expect(table.manifest.scenarios.map((s: { path: string; id: string }) => [s.path, s.id])).toEqual([
      [REFORM, REFORM],
      ['scenarios/baseline.json', 'baseline'],
    ]);
  });

  it('makes a comparison again, and fails naming the reform edited since', async () => {
    const dir = workspace();
    await expectReproduced(dir, ['compare', 'baseline', REFORM, ...TINY, '--format', 'json'], 'cmp.json');
    const { manifest } = JSON.parse(readFileSync(join(dir, 'cmp.json'), 'utf8'));
    expect(manifest.scenarios.map((s: { path: string }) => s.path)).toEqual(['baseline', REFORM]);
    editScenario(dir, REFORM);
    const r = await sendsim(['rerun', 'cmp.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^sendsim: cmp\\.json: scenario scenarios/${REFORM}\\.json has changed since the result was made: sha256 expected [0-9a-f]{64}, found [0-9a-f]{64}\\n$`,
      ),
    );
  });

  it('makes a sensitivity analysis again, and fails naming the baseline edited since', async () => {
    const dir = workspace();
    const argv = [
      'sensitivity',
      'baseline',
      REFORM,
      '--metric',
      'crisis_events',
      '--params',
      'ep.workforceFte',
    ];
    await expectReproduced(dir, [...argv, ...TINY, '--format', 'json'], 'sens.json');
    editScenario(dir, 'baseline');
    const r = await sendsim(['rerun', 'sens.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('scenario scenarios/baseline.json has changed since the result was made');
  });

  it('makes a sweep again, and fails naming a scenario removed since', async () => {
    const dir = workspace();
    const argv = [
      'sweep',
      'scenarios/baseline.json',
      '--metric',
      'ep_wait_days',
      '--param',
      'ep.workforceFte',
    ];
    await expectReproduced(
      dir,
      [...argv, '--values', '3000,5000', ...TINY, '--format', 'json'],
      'sweep.json',
    );
    const { manifest } = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    expect(manifest.options).toMatchObject({ metric: 'ep_wait_days', values: '3000,5000' });
    renameSync(join(dir, 'scenarios', 'baseline.json'), join(dir, 'baseline.json'));
    const r = await sendsim(['rerun', 'sweep.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'sendsim: sweep.json: scenario scenarios/baseline.json cannot be read now (no such file), and the result was made from it; rerun from the folder the result was made in\n',
    );
  });

  it('makes a calibration backtest again, and fails naming the targets file edited since', async () => {
    const dir = workspace();
    const stock = (period: string, value: number) => ({
      metric: 'ehcp_stock_all_ages',
      period,
      value,
      unit: 'plans',
      tolerance: 0.05,
      source: 'test',
      status: 'V',
    });
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets: [stock('Jan 2020', 390_100)] }));
    const argv = ['calibrate', '--targets', 'targets.json', '--scale', '0.0002', '--reps', '2'];
    await expectReproduced(dir, [...argv, '--format', 'json'], 'cal.json');
    const { manifest } = JSON.parse(readFileSync(join(dir, 'cal.json'), 'utf8'));
    expect(manifest.scenarios.map((s: { id: string }) => s.id)).toEqual(['backtest-2019', 'baseline']);
    expect(manifest.inputs).toEqual([
      { path: 'targets.json', file: 'targets.json', sha256: sha256(join(dir, 'targets.json')) },
    ]);
    expect(manifest.startDate).toBe('2019-01-01');
    writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets: [stock('Jan 2020', 1)] }));
    const r = await sendsim(['rerun', 'cal.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sendsim: cal.json: input targets.json has changed since the result was made');
  });

  it('fails clearly, as a process, when the model version differs: exit 1, one line, no stack trace', async () => {
    const dir = workspace();
    const made = await sendsim(['run', 'baseline', ...TINY, '--format', 'json', '--out', 'run.json'], dir);
    expect(made.code, made.stderr).toBe(0);
    const data = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'));
    data.manifest.modelVersion = '0.0.1';
    writeFileSync(join(dir, 'old.json'), `${JSON.stringify(data, null, 2)}\n`);
    const r = spawnSync(process.execPath, [BIN, 'rerun', 'old.json'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `sendsim: old.json: model version: the result was made with 0.0.1, this sendsim has ${MODEL_VERSION}; results differ between versions, so rerun it with the sendsim of model version 0.0.1 (its git tag or commit)\n`,
    );
  });

  it('fails when the output differs from the result given although the files match (a result edited by hand)', async () => {
    const dir = workspace();
    const made = await sendsim(['run', 'baseline', ...TINY, '--format', 'csv', '--out', 'run.csv'], dir);
    expect(made.code, made.stderr).toBe(0);
    // A figure changed on the second line (the first row after the header).
    const csv = readFileSync(join(dir, 'run.csv'), 'utf8');
    writeFileSync(join(dir, 'run.csv'), csv.replace('\n', '\nx'));
    const r = await sendsim(['rerun', 'run.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^sendsim: run\.csv: the rerun's output differs from the result given \(sha256 expected [0-9a-f]{64}, found [0-9a-f]{64}; first difference on line 2\), although its files and versions match\n$/,
    );
  });
});

describe('sendsim rerun of a probabilistic sensitivity analysis', () => {
  it('makes a psa result again byte for byte (its points file beside it plays no part)', async () => {
    const dir = workspace();
    const argv = ['psa', 'baseline', REFORM, '--draws', '3', '--scale', '0.0005', '--years', '2'];
    await expectReproduced(dir, [...argv, '--format', 'json'], 'psa.json');
    await expectReproduced(dir, [...argv, '--format', 'csv'], 'psa.csv');
  });
});
