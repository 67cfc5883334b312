/**
 * sendsim sweep: the worker-pool JSON equals the serial sim-core sweep byte for byte, rows keep
 * the order given with the baseline value and values outside the range marked, the table states
 * what was run, CSV has one row per value, and bad input is a usage error naming the flag.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BaselineScenarioFile, parseScenarioFile, runSweep } from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, REPO_ROOT, SMALL, sendsim, tempDir, withWorkers } from './cli-harness.js';

interface SweepJson {
  result: string;
  parameter: { key: string; value: number; range: number[] };
  rows: Array<{ value: number; atBaseline: boolean; outsideRange: boolean; result: { mean: number } }>;
}

function readFile(id: string) {
  const path = join(REPO_ROOT, 'scenarios', `${id}.json`);
  return parseScenarioFile(readFileSync(path, 'utf8'), path);
}

const SWEEP = ['sweep', 'baseline', '--metric', 'ep_wait_days', '--param', 'ep.workforceFte'];

describe('sendsim sweep', () => {
  const args = [...SWEEP, '--values', '5000,3500,2500'];
  let json: CliRun;
  let table: CliRun;
  beforeAll(async () => {
    // Two worker threads, whatever the pool would choose for so small a run.
    json = await withWorkers(2, () => sendsim([...args, ...SMALL, '--format', 'json']));
    table = await sendsim([...args, ...SMALL]);
  });

  it('prints exactly what sim-core computes (runs in worker threads change nothing)', () => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const serial = runSweep(
      {
        baseline: readFile('baseline') as BaselineScenarioFile,
        metric: 'ep_wait_days',
        parameter: 'ep.workforceFte',
        values: [5000, 3500, 2500],
      },
      { seed: 1, replications: 2, years: 2, scale: 0.002 },
    );
    // Byte for byte, then the manifest (test/cli/rerun.test.ts) as the last key.
    const { manifest } = JSON.parse(json.stdout);
    expect(json.stdout).toBe(`${JSON.stringify({ ...serial, manifest }, null, 2)}\n`);
  });

  it('keeps the order of the values and marks the baseline value and values outside the range', () => {
    const data = JSON.parse(json.stdout) as SweepJson;
    expect(data.result).toBe('level');
    expect(data.rows.map((r) => [r.value, r.atBaseline, r.outsideRange])).toEqual([
      [5000, false, true],
      [3500, true, false],
      [2500, false, true],
    ]);
  });

  it('gives at the baseline value what sendsim run gives', async () => {
    const data = JSON.parse(json.stdout) as SweepJson;
    const compare = JSON.parse(
      (await sendsim(['compare', 'baseline', 'early-help-investment', ...SMALL, '--format', 'json'])).stdout,
    ) as { reforms: Array<{ comparison: Array<{ metric: string; baseline: { mean: number } }> }> };
    const waits = compare.reforms[0]!.comparison.find((d) => d.metric === 'ep_wait_days')!;
    expect(data.rows[1]!.result.mean).toBe(waits.baseline.mean);
  });

  it('prints a table stating the workload, metric, parameter, range and evidence, one line per value', () => {
    expect(table.code).toBe(0);
    const text = table.stdout;
    expect(text).toContain('Sweep of: Mean wait for an EP assessment (days) [ep_wait_days], days');
    expect(text).toContain('seed 1, 2 replications, 2 years from 2023-01-01, scale 0.002');
    expect(text).toMatch(/model \d+\.\d+\.\d+/);
    expect(text).toMatch(
      /Parameter: ep\.workforceFte \(FTE\): baseline value 3,500, plausible range 2,800 to 4,200; source:/,
    );
    // A level's interval is asymmetric (never below zero), so it is written from–to, not ±.
    expect(text).toMatch(/^ +5,000 +[\d.,]+ \([\d.,]+–[\d.,]+\) +\|#* *\| +outside plausible range$/m);
    expect(text).toMatch(/^ +3,500 +[\d.,]+ \([\d.,]+–[\d.,]+\) +\|#* *\| +baseline value$/m);
    expect(text.indexOf('5,000  ')).toBeLessThan(text.indexOf('2,500  '));
  });

  it('writes one CSV row per value, and a reform gives the paired change', async () => {
    const csv = await sendsim([
      'sweep',
      'baseline',
      'early-help-investment',
      '--metric',
      'crisis_events',
      '--param',
      'earlyHelp.capacity',
      '--values',
      '20000,45000',
      '--scale',
      '0.002',
      '--years',
      '2',
      '--reps',
      '1',
      '--format',
      'csv',
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'metric,result,baseline,reform,parameter,unit,value,at_baseline,outside_range,mean,lo,hi',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/,earlyHelp\.capacity,families,45000,false,true,/);
    expect(lines[1]).toMatch(
      /^crisis_events,difference,baseline,early-help-investment,earlyHelp\.capacity,families,20000,false,false,/,
    );
  });
});

describe('sendsim sweep errors', () => {
  const fails = async (argv: string[], message: RegExp) => {
    const r = await sendsim(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  };

  it('names --metric and --param for unknown ids, with the nearest', async () => {
    await fails(
      ['sweep', 'baseline', '--metric', 'ep_wait_day', '--param', 'ep.workforceFte', '--values', '1,2'],
      /^sendsim: --metric: expected a metric id .*found "ep_wait_day"; did you mean "ep_wait_days"\?/,
    );
    await fails(
      ['sweep', 'baseline', '--metric', 'ep_wait_days', '--param', 'ep.workforce', '--values', '1,2'],
      /^sendsim: --param: expected one parameter key of the baseline .*found "ep\.workforce"; did you mean "ep\.workforceFte"\?/,
    );
  });

  it('needs 2 to 50 values, each a number within the legal bounds', async () => {
    await fails(
      [...SWEEP, '--values', '3000'],
      /^sendsim: --values: expected at least 2 values .*found 1: "3000"/,
    );
    await fails(
      [...SWEEP, '--values', Array.from({ length: 10_000 }, (_, i) => 3000 + (i % 1000)).join(',')],
      /^sendsim: --values: expected at most 50 values \(each is a full run\), found 10000/,
    );
    await fails(
      [...SWEEP, '--values', '3000,lots'],
      /^sendsim: --values: expected numbers separated by commas .*found "lots" as value 2/,
    );
    await fails(
      [...SWEEP, '--values', '3000,-5'],
      /^sendsim: --values: expected each value from 0 to 20000000 \(FTE, the legal bounds of ep\.workforceFte\), found -5/,
    );
  });

  it('names the rule a value breaks', async () => {
    await fails(
      [
        'sweep',
        'baseline',
        '--metric',
        'crisis_events',
        '--param',
        'population.ehcpAgeShare.under5',
        '--values',
        '0.05,0.5',
      ],
      /^sendsim: --values: population\.ehcpAgeShare\.under5 = 0\.5 breaks a scenario rule: parameters\["population\.ehcpAgeShare\.\*"\]: expected values summing to 1.*found a sum of/,
    );
  });

  it('names a value that makes a run simulate more children than it may, before running any', async () => {
    await fails(
      [
        'sweep',
        'baseline',
        '--metric',
        'crisis_events',
        '--param',
        'population.cohortSize',
        '--values',
        '700000,20000000',
        '--scale',
        '0.0001',
        '--years',
        '10',
        '--reps',
        '1',
      ],
      /^sendsim: --values: population\.cohortSize = 20000000: expected a population a run can simulate, at most 6,000 children at scale 0\.0001 .*found about [\d,]+ over 10 years/,
    );
  });

  it('needs --metric, --param and --values', async () => {
    await fails(
      ['sweep', 'baseline', '--param', 'ep.workforceFte', '--values', '1,2'],
      /sweep needs --metric ID/,
    );
    await fails(
      ['sweep', 'baseline', '--metric', 'ep_wait_days', '--values', '1,2'],
      /sweep needs --param KEY/,
    );
    await fails(
      ['sweep', 'baseline', '--metric', 'ep_wait_days', '--param', 'ep.workforceFte'],
      /sweep needs --values/,
    );
  });
});

describe('sendsim sweep --out: a resumable points file', () => {
  const args = [...SWEEP, '--values', '3000,3500,3000,4000', ...SMALL, '--format', 'csv'];

  it('keeps one point per distinct value and resumes an interrupted file to the same bytes', async () => {
    const dir = tempDir('sendsim-sweep-');
    const out = join(dir, 'sweep.csv');
    const whole = await sendsim([...args, '--out', out]);
    expect(whole.code, whole.stderr).toBe(0);
    const plain = await sendsim(args);
    // The summary from the points file is the summary without one.
    expect(readFileSync(out, 'utf8')).toBe(plain.stdout);
    const points = `${out}.points.jsonl`;
    const lines = readFileSync(points, 'utf8').split('\n');
    // A header and three points: 3000 twice is one world.
    expect(lines.filter((l) => l !== '')).toHaveLength(4);
    expect(JSON.parse(lines[0]!)).toMatchObject({ pointsFile: 1, command: 'sweep', points: 3 });

    // As if killed after the first point, in the middle of writing the second.
    const first = readFileSync(out);
    writeFileSync(points, `${lines[0]}\n${lines[1]}\n{"point":1,"val`);
    rmSync(out);
    const resumed = await sendsim([...args, '--out', out]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain('resuming: 1 of 3 points already in');
    expect(readFileSync(out).equals(first)).toBe(true);
    // The cut line dropped, the finished point not run again.
    expect(
      readFileSync(points, 'utf8')
        .split('\n')
        .filter((l) => l !== ''),
    ).toHaveLength(4);

    const other = await sendsim([...SWEEP, '--values', '3000,5000', ...SMALL, '--out', out]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(
      '--values: the file has "3000,3500,3000,4000", this command has "3000,5000"',
    );
  });
});
