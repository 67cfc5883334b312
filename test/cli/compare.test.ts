import { COST_KEYS, type Comparison, METRICS, writeHeadline } from '@send-sim/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, SMALL, sendsim } from './cli-harness.js';

interface Estimate {
  mean: number;
  lo: number;
  hi: number;
}
interface Difference {
  metric: string;
  baseline: Estimate;
  reform: Estimate;
  difference: Estimate;
  shareReformBetter: number;
  higherIsBetter: boolean;
}
interface CompareJson {
  meta: Record<string, unknown>;
  baseline: { meta: { scenario: string } };
  reforms: Array<{
    meta: { scenario: string };
    series: unknown[];
    costs: unknown[];
    totals: unknown[];
    headline: string;
    comparison: Difference[];
    fitToQuote: Array<{ metric: string; fit: boolean; reasons: string[]; text: string }>;
  }>;
}

const REFORM = 'no-tribunal-placement-orders';

describe('sendsim compare', () => {
  let json: CliRun;
  beforeAll(async () => {
    json = await sendsim(['compare', 'baseline', REFORM, ...SMALL, '--format', 'json']);
  });

  it('prints the shared meta, the baseline and each reform with its comparison', () => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as CompareJson;
    expect(Object.keys(data)).toEqual(['meta', 'baseline', 'reforms', 'manifest']);
    expect(Object.keys(data.meta)).toEqual(['seed', 'reps', 'years', 'scale', 'startDate', 'modelVersion']);
    expect(data.meta).toMatchObject({ seed: 1, reps: 2, years: 2, scale: 0.002 });
    expect(Object.keys(data.baseline)).toEqual(['meta', 'series', 'costs', 'totals']);
    expect(data.baseline.meta.scenario).toBe('baseline');
    expect(data.reforms).toHaveLength(1);
    expect(Object.keys(data.reforms[0]!)).toEqual([
      'meta',
      'series',
      'costs',
      'totals',
      'headline',
      'comparison',
      'valueForMoney',
      'fitToQuote',
    ]);
    expect(data.reforms[0]!.meta.scenario).toBe(REFORM);
    // Value for money: public spending and families' costs apart, and the ratio or why it is not defined.
    const vfm = (data.reforms[0] as unknown as { valueForMoney: Record<string, unknown> }).valueForMoney;
    expect(Object.keys(vfm)).toEqual(
      expect.arrayContaining(['publicSpending', 'familyCost', 'unmetNeedAvoided', 'words']),
    );
    // Two replications can never make a change clear, so the ratio is not defined.
    expect(vfm.perChildYearAvoided).toBeUndefined();
    expect((vfm.words as { perChildYearAvoided: string }).perChildYearAvoided).toMatch(
      /^not defined: the reform does not clearly reduce unmet need \(/,
    );
  });

  it('has a paired difference for every metric and payer, with lo ≤ mean ≤ hi and a share in [0, 1]', () => {
    const data = JSON.parse(json.stdout) as CompareJson;
    const comparison = data.reforms[0]!.comparison;
    const expected = [...METRICS.map((m) => m.id), ...COST_KEYS.map((p) => `cost_${p}`)];
    expect(comparison.map((d) => d.metric)).toEqual(expected);
    for (const d of comparison) {
      expect(d.difference.lo, d.metric).toBeLessThanOrEqual(d.difference.mean + 1e-9);
      expect(d.difference.mean, d.metric).toBeLessThanOrEqual(d.difference.hi + 1e-9);
      expect(d.difference.mean).toBeCloseTo(d.reform.mean - d.baseline.mean, 3);
      expect(d.shareReformBetter).toBeGreaterThanOrEqual(0);
      expect(d.shareReformBetter).toBeLessThanOrEqual(1);
    }
    // The lever removes placement appeals entirely.
    const placement = comparison.find((d) => d.metric === 'appeals_placement')!;
    expect(placement.reform.mean).toBe(0);
  });

  it("gives each reform sim-core's plain-English headline for its comparison, in JSON and atop the table", async () => {
    const data = JSON.parse(json.stdout) as CompareJson & {
      reforms: Array<{ meta: Comparison['reform']; valueForMoney: Comparison['valueForMoney'] }>;
    };
    const reform = data.reforms[0]!;
    const comparison: Comparison = {
      baseline: data.baseline.meta as Comparison['baseline'],
      reform: reform.meta,
      differences: reform.comparison,
      valueForMoney: reform.valueForMoney,
    };
    const expected = writeHeadline(comparison).text;
    expect(reform.headline).toBe(expected);
    // Two replications: nothing is fit to quote, and the headline says so rather than quoting.
    expect(expected).toMatch(
      /^Over two years \(2023–2024\), no result for “Tribunal can no longer name the school” is fit to quote from this run: it has 2 replications/,
    );
    expect(reform.fitToQuote.every((v) => !v.fit && v.reasons.includes('too few replications'))).toBe(true);

    const table = await sendsim(['compare', 'baseline', REFORM, ...SMALL]);
    // The table wraps the same words to 100 columns, before the reform's name.
    const top = table.stdout.slice(0, table.stdout.indexOf('\n\nReform:'));
    expect(top.replace(/\n/g, ' ')).toBe(expected);
    // And below the table, which results are fit to quote under the rule it states.
    expect(table.stdout).toContain('Fit to quote: 0 of');
    expect(table.stdout).toContain(
      'None is fit to quote: the run has 2 replications, and quoting needs at least 10.',
    );
    // A run this small may leave some result beyond any settings the rule's limits allow.
    expect(table.stdout).toMatch(
      /(Settings that should make every result fit to quote .*--reps\s\d+\s--scale|No settings up to \d+ replications at scale [\d.]+ would make every result fit to quote)/s,
    );
  });

  it('refuses, before any run, to pair scenarios that start in different years (compare and sweep)', async () => {
    for (const args of [
      ['compare', 'baseline', 'backtest-2019'],
      [
        'sweep',
        'baseline',
        'backtest-2019',
        '--metric',
        'crisis_events',
        '--param',
        'ep.workforceFte',
        '--values',
        '3000,4000',
      ],
    ]) {
      const r = await sendsim([...args, ...SMALL]);
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr).toMatch(
        /backtest-2019\.json: startDate: expected 2023-01-01, the start of the baseline "baseline" .*found 2019-01-01/,
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('gives byte-identical JSON when run twice', async () => {
    const again = await sendsim(['compare', 'baseline', REFORM, ...SMALL, '--format', 'json']);
    expect(again.stdout).toBe(json.stdout);
  });

  it('prints a table that fits 100 columns, with every outcome and a payer section', async () => {
    const r = await sendsim(['compare', 'baseline', REFORM, ...SMALL]);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    // Long labels wrap onto continuation lines within their column, wherever the number columns'
    // widths put the break: read down the column, every label is there whole.
    const lines = r.stdout.split('\n');
    const rule = lines.findIndex((l) => /^-+ {2}-/.test(l));
    const width = lines[rule]!.indexOf(' ');
    const payers = lines.findIndex((l) => l.startsWith('Cost over'));
    const column = lines
      .slice(rule + 1, payers)
      .map((l) => l.slice(0, width).trim())
      .filter((cell) => cell !== '')
      .join(' ');
    for (const def of METRICS) expect(column, def.id).toContain(def.label);
    expect(r.stdout).toContain('95% interval of change');
    expect(r.stdout).toContain('Cost over 2023–2024 by payer, at 2025/26 prices');
    expect(r.stdout).toContain('LA high needs');
    expect(r.stdout).toContain('Families');
    expect(r.stdout).toContain('Who pays more and who pays less');
    expect(r.stdout).toContain('public spending per child-year of unmet need avoided: not defined');
  });

  it('prints CSV with one row per reform and metric', async () => {
    const r = await sendsim(['compare', 'baseline', REFORM, ...SMALL, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'reform,metric,baseline_mean,reform_mean,diff_mean,diff_lo,diff_hi,share_reform_better,label,change_as_written,fit_to_quote,not_fit_to_quote_because',
    );
    // One row per metric and cost, then the reform's value for money.
    expect(lines).toHaveLength(1 + METRICS.length + COST_KEYS.length + 1);
    expect(lines[1]).toMatch(new RegExp(`^${REFORM},ehcp_stock_all_ages,`));
    expect(lines.at(-1)).toMatch(new RegExp(`^${REFORM},public_cost_per_unmet_child_year_avoided,,,,,,,`));
  });

  it('checks every scenario exists before running any', async () => {
    const r = await sendsim(['compare', 'baseline', REFORM, 'no-such-reform', ...SMALL]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('scenario "no-such-reform" not found');
  });
});
