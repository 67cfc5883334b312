import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { METRICS, MODEL_VERSION, PAYERS } from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, SMALL, sendsim, tempDir } from './cli-harness.js';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

interface Estimate {
  mean: number;
  lo: number;
  hi: number;
}
interface RunJson {
  meta: Record<string, unknown>;
  series: Array<{ metric: string; year: number; value: Estimate }>;
  costs: Array<{ payer: string; year: number; value: Estimate }>;
  totals: Array<{ payer: string; year: number; value: Estimate }>;
}

/** A JSON result without its manifest's command line. */
function withoutCommand(text: string): unknown {
  const data = JSON.parse(text);
  delete data.manifest.command;
  return data;
}

describe('sendsim run', () => {
  let json: CliRun;
  beforeAll(async () => {
    json = await sendsim(['run', 'baseline', ...SMALL, '--format', 'json']);
  });

  it('prints { meta, series, costs, totals, manifest } as JSON, and nothing else on stdout', () => {
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const data = JSON.parse(json.stdout) as RunJson;
    // The manifest last: what the result was made from (test/cli/rerun.test.ts).
    expect(Object.keys(data)).toEqual(['meta', 'series', 'costs', 'totals', 'manifest']);
    expect(data.meta).toMatchObject({
      scenario: 'baseline',
      seed: 1,
      reps: 2,
      years: 2,
      scale: 0.002,
      startDate: '2023-01-01',
      modelVersion: MODEL_VERSION,
    });
  });

  it('has a series row with mean and interval for every metric and year', () => {
    const data = JSON.parse(json.stdout) as RunJson;
    for (const def of METRICS) {
      const rows = data.series.filter((r) => r.metric === def.id);
      expect(rows.length).toBe(def.kind === 'stock' ? 3 : 2);
      for (const row of rows) {
        expect(Object.keys(row.value)).toEqual(['mean', 'lo', 'hi']);
        expect(row.value.lo).toBeLessThanOrEqual(row.value.mean);
        expect(row.value.mean).toBeLessThanOrEqual(row.value.hi);
      }
    }
  });

  it('has costs by payer and year, a total that adds up, and whole-run totals', () => {
    const data = JSON.parse(json.stdout) as RunJson;
    for (const year of [2023, 2024]) {
      let sum = 0;
      for (const payer of PAYERS) {
        const row = data.costs.find((c) => c.payer === payer && c.year === year);
        expect(row, `${payer} ${year}`).toBeDefined();
        sum += row!.value.mean;
      }
      const total = data.costs.find((c) => c.payer === 'total' && c.year === year)!;
      expect(total.value.mean).toBeCloseTo(sum, 0);
      expect(total.value.mean).toBeGreaterThan(0);
      // Public spending (every payer but families) beside the cost to families; together the total.
      const publicSpending = data.costs.find((c) => c.payer === 'public' && c.year === year)!;
      const families = data.costs.find((c) => c.payer === 'family' && c.year === year)!;
      expect(publicSpending.value.mean + families.value.mean).toBeCloseTo(total.value.mean, 0);
    }
    expect(data.totals.map((t) => t.payer)).toEqual([...PAYERS, 'public', 'total']);
  });

  it('gives byte-identical JSON when run twice', async () => {
    // The same command line: the manifest records it as given, so `--format=json` differs there only.
    const again = await sendsim(['run', 'baseline', ...SMALL, '--format', 'json']);
    expect(again.stdout).toBe(json.stdout);
    const spelled = await sendsim(['run', 'baseline', ...SMALL, '--format=json']);
    expect(withoutCommand(spelled.stdout)).toEqual(withoutCommand(json.stdout));
  });

  it('prints CSV with one row per metric and year, then costs', async () => {
    const r = await sendsim(['run', 'baseline', ...SMALL, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('kind,metric,year,mean,lo,hi');
    expect(lines[1]).toMatch(/^stock,ehcp_stock_all_ages,2023,\d/);
    expect(lines.some((l) => l.startsWith('cost,laHighNeeds,2024,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('cost,total,2023,'))).toBe(true);
    for (const line of lines) expect(line.split(',').length).toBe(6);
  });

  it('prints a readable table: plain-English labels, thousands separators, money in £bn or £m', async () => {
    const r = await sendsim(['run', 'baseline', ...SMALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('EHC plans in force (all ages)');
    expect(r.stdout).toContain('Mean wait for an EP assessment (days)');
    expect(r.stdout).toContain('95% interval');
    expect(r.stdout).toMatch(/\d{1,3},\d{3}/);
    expect(r.stdout).toContain('Cost by payer and year, at 2025/26 prices');
    expect(r.stdout).toMatch(/£[\d.]+(bn|m)/);
    expect(r.stdout).toContain('LA high needs');
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('writes --out FILE (creating folders) instead of stdout and says so on stderr', async () => {
    const dir = tempDir();
    const r = await sendsim(
      ['run', 'baseline', ...SMALL, '--format', 'json', '--out', 'results/deep/run.json'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote results/deep/run.json\n');
    const path = join(dir, 'results', 'deep', 'run.json');
    expect(existsSync(path)).toBe(true);
    // The same result; its manifest differs in the command line (the --out given) and, from
    // another folder, in where the scenario was found.
    const written = readFileSync(path, 'utf8');
    const { manifest: _, ...result } = JSON.parse(written);
    const { manifest: __, ...expected } = JSON.parse(json.stdout);
    expect(result).toEqual(expected);
    expect(JSON.parse(written).manifest.command.slice(-2)).toEqual(['--out', 'results/deep/run.json']);
  });

  it('refuses, before running, an --out that is its own input, its baseline, or somewhere it cannot write', async () => {
    const dir = tempDir();
    for (const file of ['baseline.json', 'early-help-investment.json']) {
      copyFileSync(join(SCENARIOS, file), join(dir, file));
    }
    const before = readFileSync(join(dir, 'baseline.json'), 'utf8');
    for (const [input, out] of [
      ['early-help-investment.json', 'early-help-investment.json'],
      ['early-help-investment.json', 'baseline.json'],
    ]) {
      const r = await sendsim(['run', input!, ...SMALL, '--out', out!], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`--out ${out}: expected a file the command does not read, found ${out}`);
    }
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe(before);
    // Node's recursive mkdir never returns under /proc: this once hung.
    const proc = await sendsim(['run', 'baseline', ...SMALL, '--out', '/proc/nope/run.json'], dir);
    expect(proc.code).toBe(1);
    expect(proc.stderr).toContain('--out /proc/nope/run.json: cannot make the folder /proc/nope (ENOENT)');
    const folder = await sendsim(['run', 'baseline', ...SMALL, '--out', '.'], dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('--out .: expected a file, found a folder');
  });

  it('refuses, before running, a scenario describing more children than a run may simulate', async () => {
    const dir = tempDir();
    const baseline = JSON.parse(readFileSync(join(SCENARIOS, 'baseline.json'), 'utf8'));
    for (const [key, value] of [
      ['population.senSupportStock', 20_000_000],
      ['population.ehcpStock', 20_000_000],
      ['population.cohortSize', 20_000_000],
    ] as const) {
      baseline.parameters[key].value = value;
      baseline.parameters[key].range[1] = value;
    }
    writeFileSync(join(dir, 'baseline.json'), JSON.stringify(baseline));
    const r = await sendsim(
      ['run', 'baseline.json', '--scale', '0.0001', '--years', '1', '--reps', '1'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^sendsim: baseline\.json: parameters: expected a population a run can simulate, at most 6,000 children at scale 0\.0001 \(60 million for all of England, in proportion to the scale\), found about [\d,]+ over 1 year: /,
    );
    expect(r.stderr).toContain('population.senSupportStock');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
