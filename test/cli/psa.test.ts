/**
 * sendsim psa: the worker-pool JSON equals sim-core's serial `runPsa` byte for byte; the table
 * and CSV say what was drawn and what each figure is; bad options are usage errors naming the
 * option; `runExperiments` reports each scenario as soon as it is done; and with `--out` a run
 * killed part-way resumes from its points file to exactly the bytes of a run in one go, while a
 * points file made by another command is refused naming what differs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExperiments } from '@send-sim/cli';
import {
  type BaselineScenarioFile,
  parseScenarioFile,
  type ReformScenarioFile,
  resolveScenario,
  runPsa,
} from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, REPO_ROOT, sendsim, tempDir, withWorkers } from './cli-harness.js';

const BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'sendsim.js');
const REFORM = 'early-help-investment';
const TINY = ['--scale', '0.0005', '--years', '2'];

function readFile(id: string) {
  const path = join(REPO_ROOT, 'scenarios', `${id}.json`);
  return parseScenarioFile(readFileSync(path, 'utf8'), path);
}

describe('sendsim psa', () => {
  const args = ['psa', 'baseline', REFORM, '--draws', '4', ...TINY];
  let json: CliRun;
  let table: CliRun;
  let csv: CliRun;
  beforeAll(async () => {
    json = await withWorkers(2, () => sendsim([...args, '--format', 'json']));
    table = await sendsim(args);
    csv = await sendsim([...args, '--format', 'csv']);
  });

  it('prints exactly what sim-core computes (worker threads and the points codec change nothing)', () => {
    expect(json.code, json.stderr).toBe(0);
    const serial = runPsa(
      {
        baseline: readFile('baseline') as BaselineScenarioFile,
        reforms: [readFile(REFORM) as ReformScenarioFile],
        metric: 'unmet_need_child_years',
        draws: 4,
      },
      { seed: 1, replications: 1, years: 2, scale: 0.0005 },
    );
    const data = JSON.parse(json.stdout);
    expect(json.stdout).toBe(`${JSON.stringify({ ...serial, manifest: data.manifest }, null, 2)}\n`);
    expect(data.manifest.options).toMatchObject({ draws: 4, metric: 'unmet_need_child_years', reps: 1 });
    const reform = data.reforms[0];
    expect(reform.scatter).toHaveLength(4);
    expect(reform.influence).toHaveLength(data.parameters.length);
    expect(reform.probabilityBetter).toBeGreaterThanOrEqual(0);
  });

  it('says in the table what was drawn, what each figure is and why to read it with care', () => {
    expect(table.code, table.stderr).toBe(0);
    const t = table.stdout;
    expect(t).toContain(
      'Probabilistic sensitivity analysis of: Child-years of unmet need [unmet_need_child_years]',
    );
    expect(t).toMatch(
      /Draws: 4, a Latin hypercube of the \d+ parameters with a plausible range in scenarios\/baseline\.json/,
    );
    expect(t).toContain(`${REFORM} (change)`);
    expect(t).toContain('P(better)');
    expect(t).toMatch(
      /Parameters whose uncertainty matters most for early-help-investment's effect \(top 10 of \d+/,
    );
    expect(t.split('\n').filter((line) => /^ {2}( \d|\d\d) {2}[a-z]/.test(line))).toHaveLength(10);
    expect(t).toContain('mixes the parameters');
  });

  it('gives CSV sections: summary, influence and every draw of the cost-effectiveness plane', () => {
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'section,metric,scenario,item,draw,mean,lo,hi,draws,rank,spearman,effect,public_cost,unmet_need_avoided',
    );
    expect(lines.filter((l) => l.startsWith('summary,'))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith(`draw,unmet_need_child_years,${REFORM},,`))).toHaveLength(4);
  });

  it('refuses bad options with a usage error naming the option', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--draws', '0'], /--draws: expected a whole number of draws from 2 to 1000, found "0"/],
      [['--draws', 'abc'], /--draws: expected a whole number of draws from 2 to 1000, found "abc"/],
      [[], /psa needs --draws N/],
      [
        ['--draws', '3', '--metric', 'unmet_need_child_year'],
        /--metric: .*did you mean "unmet_need_child_years"\?/,
      ],
    ];
    for (const [extra, message] of cases) {
      const r = await sendsim(['psa', 'baseline', ...extra]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const reversed = await sendsim(['psa', REFORM, 'baseline', '--draws', '3']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('expected a baseline scenario first');
  });
});

describe('runExperiments reports each scenario as soon as it is done', () => {
  it('once per scenario, with the very result it returns, serially and in worker threads', async () => {
    const scenarios = [
      resolveScenario(readFile('baseline') as BaselineScenarioFile),
      resolveScenario(readFile(REFORM), readFile('baseline') as BaselineScenarioFile),
    ];
    const options = { seed: 1, replications: 2, years: 1, scale: 0.0005 };
    for (const threads of [1, 2]) {
      const heard: Array<[number, unknown]> = [];
      const results = await withWorkers(threads, () =>
        runExperiments(scenarios, options, undefined, (index, result) => heard.push([index, result])),
      );
      expect(heard.map(([i]) => i).sort()).toEqual([0, 1]);
      for (const [i, result] of heard) expect(result).toBe(results[i as number]);
    }
  });
});

describe('sendsim psa --out: a resumable points file', () => {
  const argv = ['psa', 'baseline', REFORM, '--draws', '10', ...TINY];

  it('resumes a run killed part-way to the same bytes as a run in one go', async () => {
    const dir = tempDir('sendsim-psa-');
    const killed = join(dir, 'killed.txt');
    const points = `${killed}.points.jsonl`;
    // One thread, so draws finish one by one; killed once the file holds its first draw.
    const child = spawn(process.execPath, [BIN, ...argv, '--out', killed], {
      cwd: REPO_ROOT,
      env: { ...process.env, SENDSIM_WORKERS: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const linesIn = () => (existsSync(points) ? readFileSync(points, 'utf8').split('\n').length - 1 : 0);
    while (linesIn() < 2 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const before = linesIn();
    expect(before).toBeGreaterThanOrEqual(2);
    expect(before, 'the run finished before it could be killed').toBeLessThan(11);
    expect(existsSync(killed)).toBe(false);

    const resumed = await sendsim([...argv, '--out', killed]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`resuming: ${before - 1} of 10 points already in`);
    expect(linesIn()).toBe(11);

    const oneGo = join(dir, 'one-go.txt');
    const whole = await sendsim([...argv, '--out', oneGo]);
    expect(whole.code, whole.stderr).toBe(0);
    expect(readFileSync(killed).equals(readFileSync(oneGo))).toBe(true);

    // Run again: nothing left to run, the same bytes.
    const again = await sendsim([...argv, '--out', killed]);
    expect(again.stderr).toContain('resuming: 10 of 10 points');
    expect(readFileSync(killed).equals(readFileSync(oneGo))).toBe(true);
  });

  it('refuses a points file made by another command, naming what differs', async () => {
    const dir = tempDir('sendsim-psa-');
    const out = join(dir, 'psa.txt');
    const first = await sendsim(['psa', 'baseline', '--draws', '2', ...TINY, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const seed = await sendsim(['psa', 'baseline', '--draws', '2', ...TINY, '--seed', '2', '--out', out]);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain(
      'psa.txt.points.jsonl: holds the points of another command, so they cannot be reused: --seed: the file has 1, this command has 2',
    );
    const reform = await sendsim(['psa', 'baseline', REFORM, '--draws', '2', ...TINY, '--out', out]);
    expect(reform.code).toBe(1);
    expect(reform.stderr).toMatch(
      /scenarios: the file has baseline \(sha256 [0-9a-f]{12}…\), this command has baseline \(sha256 [0-9a-f]{12}…\), early-help-investment \(sha256 [0-9a-f]{12}…\);/,
    );
  });
});
