import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BaselineScenarioFile,
  MIN_QUOTE_REPLICATIONS,
  type ParameterKey,
  parseScenarioFile,
  type ReformScenarioFile,
  runSensitivity,
} from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, REPO_ROOT, SMALL, sendsim, tempDir, withWorkers } from './cli-harness.js';

const REFORM = 'early-help-investment';
const PARAMS = ['earlyHelp.capacity', 'ep.workforceFte', 'plan.upperAge'];

interface Estimate {
  mean: number;
  lo: number;
  hi: number;
}
interface SensitivityJson {
  measure: { id: string };
  result: string;
  central: Estimate;
  rows: Array<{ key: string; swing: number; atLow: Estimate; atHigh: Estimate }>;
  quote?: { metric: string; fit: boolean; reasons: string[]; reps: number };
  skipped: Array<{ key: string; reason: string }>;
}

function readFile(id: string) {
  const path = join(REPO_ROOT, 'scenarios', `${id}.json`);
  return parseScenarioFile(readFileSync(path, 'utf8'), path);
}

describe('sendsim sensitivity', () => {
  const args = ['sensitivity', 'baseline', REFORM, '--metric', 'crisis_events', '--params', PARAMS.join(',')];
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
    const serial = runSensitivity(
      {
        baseline: readFile('baseline') as BaselineScenarioFile,
        reform: readFile(REFORM) as ReformScenarioFile,
        metric: 'crisis_events',
        parameters: PARAMS as ParameterKey[],
      },
      { seed: 1, replications: 2, years: 2, scale: 0.002 },
    );
    // Byte for byte, then the manifest (test/cli/rerun.test.ts) as the last key.
    const { manifest } = JSON.parse(json.stdout);
    expect(json.stdout).toBe(`${JSON.stringify({ ...serial, manifest }, null, 2)}\n`);
  });

  it('gives the paired difference compare gives at the baseline values, rows by swing and skips', async () => {
    const data = JSON.parse(json.stdout) as SensitivityJson;
    const compare = JSON.parse(
      (await sendsim(['compare', 'baseline', REFORM, ...SMALL, '--format', 'json'])).stdout,
    ) as { reforms: Array<{ comparison: Array<{ metric: string; difference: Estimate }> }> };
    const crises = compare.reforms[0]!.comparison.find((d) => d.metric === 'crisis_events')!;
    expect(data.result).toBe('difference');
    expect(data.central).toEqual(crises.difference);
    expect(data.rows.map((r) => r.key).sort()).toEqual(['earlyHelp.capacity', 'ep.workforceFte']);
    expect(data.rows[0]!.swing).toBeGreaterThanOrEqual(data.rows[1]!.swing);
    expect(data.skipped.map((s) => s.key)).toEqual(['plan.upperAge']);
  });

  it('prints a tornado table stating the workload, the metric, its unit and the one-way rule', () => {
    expect(table.code).toBe(0);
    const text = table.stdout;
    expect(text).toContain('Sensitivity of: Crises');
    expect(text).toContain('[crisis_events], total over 2023–2024.');
    expect(text).toContain('seed 1, 2 replications, 2 years from 2023-01-01, scale 0.002');
    expect(text).toMatch(/Each row changes one parameter, to the low and then the high end of its plausible/);
    expect(text).toMatch(/with all other parameters at their baseline values/);
    const data = JSON.parse(json.stdout) as SensitivityJson;
    const first = text.indexOf(`1. ${data.rows[0]!.key}: baseline`);
    const second = text.indexOf(`2. ${data.rows[1]!.key}: baseline`);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text).toMatch(/ {2}2,800 to 4,200 .*\[[ L|H*-]{21}\]/);
    expect(text).toContain('plan.upperAge: no plausible range recorded (low = high = 25)');
  });

  it('says under the central result that it is not fit to quote, why, and what settings should make it so', async () => {
    const lines = table.stdout.split('\n');
    const central = lines.findIndex((l) => l.startsWith('Central result'));
    expect(central).toBeGreaterThan(0);
    // The first part of the rule, in the words the cards and compare use.
    expect(lines[central + 1]).toMatch(
      new RegExp(
        `^Not fit to quote: it rests on 2 replications, and quoting needs at least ${MIN_QUOTE_REPLICATIONS}`,
      ),
    );
    const after = lines.slice(central + 1, central + 10).join(' ');
    const suggested = after.match(
      /Settings that should make it fit to quote .*?: --reps (\d+) --scale ([\d.]+)/,
    );
    expect(suggested).not.toBeNull();
    expect(Number(suggested![1])).toBeGreaterThanOrEqual(MIN_QUOTE_REPLICATIONS);
    expect(after).toContain('With them, sendsim compare gives the central result alone');
    expect(after).toContain(
      'Each row’s results rest on the same 2 replications, so none is fit to quote either',
    );
    const data = JSON.parse(json.stdout) as SensitivityJson;
    expect(data.quote).toMatchObject({ metric: 'crisis_events', fit: false, reps: 2 });
    expect(data.quote!.reasons).toContain('too few replications');
  });

  it('judges the central result as compare judges the same comparison', async () => {
    // plan.upperAge has no range, so only the central run is made: cheap at the rule's replications.
    const reps = String(MIN_QUOTE_REPLICATIONS);
    const options = ['--scale', '0.002', '--years', '2', '--reps', reps];
    const tornado = await sendsim([...args.slice(0, -1), 'plan.upperAge', ...options]);
    const compare = JSON.parse(
      (await sendsim(['compare', 'baseline', REFORM, ...options, '--format', 'json'])).stdout,
    ) as { reforms: Array<{ fitToQuote: Array<{ metric: string; text: string }> }> };
    const verdict = compare.reforms[0]!.fitToQuote.find((v) => v.metric === 'crisis_events')!;
    const lines = tornado.stdout.split('\n');
    const central = lines.findIndex((l) => l.startsWith('Central result'));
    const said = lines.slice(central + 1).join(' ');
    expect(said.replace(/\s+/g, ' ')).toContain(verdict.text);
    expect(said).not.toContain('none is fit to quote');
  });

  it('writes one CSV row per parameter, varied ones first', async () => {
    const csv = await sendsim([
      ...args,
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
    expect(lines[0]).toMatch(
      /^metric,result,baseline,reform,parameter,unit,evidence,value,low,high,at_low_mean/,
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(
      /^crisis_events,difference,baseline,early-help-investment,plan\.upperAge,,.*,no plausible range/,
    );
  });
});

describe('sendsim sensitivity errors', () => {
  it('names --metric for an unknown metric, with the nearest id', async () => {
    const r = await sendsim(['sensitivity', 'baseline', '--metric', 'ep_wait_day', ...SMALL]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^sendsim: --metric: expected a metric id .*found "ep_wait_day"; did you mean "ep_wait_days"\?/,
    );
  });

  it('names --params for an unknown parameter, with the nearest key', async () => {
    const r = await sendsim([
      'sensitivity',
      'baseline',
      '--metric',
      'ep_wait_days',
      '--params',
      'free,ep.workforce',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^sendsim: --params: expected parameter keys of the baseline .*found "ep\.workforce"; did you mean "ep\.workforceFte"\?/,
    );
  });

  it('needs --metric', async () => {
    const r = await sendsim(['sensitivity', 'baseline']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sensitivity needs --metric ID');
  });

  it('names the baseline field of a reform of another baseline, and a reform given first', async () => {
    const dir = tempDir();
    const baseline = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios', 'baseline.json'), 'utf8'));
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ ...baseline, id: 'other' }));
    const reform = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios', `${REFORM}.json`), 'utf8'));
    writeFileSync(join(dir, `${REFORM}.json`), JSON.stringify({ ...reform, baseline: 'other' }));
    const mismatch = await sendsim([
      'sensitivity',
      'baseline',
      join(dir, `${REFORM}.json`),
      '--metric',
      'crisis_events',
    ]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(
      /early-help-investment\.json: baseline: expected a reform of "baseline" \(the baseline given\), found a reform of "other"/,
    );
    const reversed = await sendsim(['sensitivity', REFORM, '--metric', 'crisis_events']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain(`expected a baseline scenario first`);
    expect(reversed.stderr).toContain(`found the reform "${REFORM}"`);
  });
});
