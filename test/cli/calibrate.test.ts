import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sendsim, tempDir } from './cli-harness.js';

/** A small targets file of our own making (the real one lives in the shared reference folder). */
function targetsFile(targets: unknown[]): string {
  const path = join(tempDir(), 'targets.json');
  writeFileSync(path, JSON.stringify({ targets }));
  return path;
}

const stock = (period: string, value: number) => ({
  metric: 'ehcp_stock_all_ages',
  period,
  value,
  unit: 'plans',
  tolerance: 0.05,
  source: 'test',
  status: 'V',
});

const SMALL = ['--scale', '0.002', '--reps', '2'];

describe('sendsim calibrate', () => {
  it('backtests from January 2019 and judges each target, as a table and as JSON', async () => {
    const targets = targetsFile([stock('Jan 2019', 354_000), stock('Jan 2020', 100), stock('CY 2015', 1)]);
    const table = await sendsim(['calibrate', '--targets', targets, ...SMALL]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Calibration backtest: .*\[backtest-2019\], from 2019-01-01/);
    expect(table.stdout).toMatch(
      /ehcp_stock_all_ages\s+Jan 2019\s+354,000\s+[\d,]+ \([\d,]+ to [\d,]+\)\s+±5%\s+pass/,
    );
    expect(table.stdout).toMatch(/Jan 2020\s+100\s+.*miss/);
    expect(table.stdout).toMatch(/CY 2015 .*– before the backtest starts/);
    expect(table.stdout).toMatch(/Passed 1 of 3 targets/);
    // …and the baseline's 12-year projection, setting by setting, against the fastest published growth.
    expect(table.stdout).toMatch(
      /Growth by setting over the baseline's projection, January 2023 to January 2035/,
    );
    expect(table.stdout).toMatch(
      /State special school places\s+[\d,]+\s+[\d,]+\s+-?\d+\.\d%\s+-?\d+\.\d% from 20\d\d\s+5\.3% over 6 yr\s+(within|faster|falls)/,
    );
    // …and its first year against DfE's exclusion and suspension rates by SEN status.
    expect(table.stdout).toMatch(
      /Exclusion and suspension rates by SEN status \(per 1,000 pupils a year\) and SEMH pupils' share of them, the baseline's 2023/,
    );
    expect(table.stdout).toMatch(
      /Suspensions per pupil with an EHC plan\s+159\.3\s+[\d.]+ \([\d.]+–[\d.]+\)\s+±15%\s+(within|outside)/,
    );
    expect(table.stdout).toMatch(
      /Share of SEN pupils’ suspensions that are of SEMH pupils\s+54\.3%\s+[\d.]+% \([\d.]+%–[\d.]+%\)\s+±15%\s+(within|outside)/,
    );
    // …and who holds the special places by age, in the backtest and the projection, against the census.
    expect(table.stdout).toMatch(/Special schools by age: the share of plan holders in state schools/);
    expect(table.stdout).toMatch(/School census, January 2015\s+36\.9%\s+48\.5%\s+1\.31/);
    // This backtest ends in 2020, so it has no January 2023 of its own: its start, then the baseline's.
    expect(table.stdout).toMatch(
      /Backtest, January 2019 \(its start\)\s+[\d.]+%\s+[\d.]+%\s+[\d.]+\s+(within|outside)/,
    );
    expect(table.stdout).not.toMatch(/Backtest, January 2023/);
    expect(table.stdout).toMatch(/Baseline, January 2034\s+[\d.]+%/);
    // …nor a January 2023 to hold the baseline's start against.
    expect(table.stdout).not.toMatch(/The start in motion/);

    const json = await sendsim(['calibrate', '--targets', targets, ...SMALL, '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.meta).toMatchObject({ scenario: 'backtest-2019', startDate: '2019-01-01', reps: 2 });
    expect(report.rows.map((r: { status: string }) => r.status)).toEqual(['pass', 'miss', 'not evaluated']);
    expect(report.summary).toMatchObject({ targets: 3, evaluated: 2, passed: 1 });
    expect(report.projection.map((r: { metric: string }) => r.metric)).toContain(
      'ehcp_in_independent_special',
    );
    for (const r of report.projection) expect(r.faster).toBe(r.fastestRate > r.rate);
    expect(report.exclusionRates.map((r: { metric: string }) => r.metric)).toEqual([
      'exclusion_rate_sen_support',
      'exclusion_rate_with_plan',
      'suspension_rate_sen_support',
      'suspension_rate_with_plan',
      'share_exclusions_semh',
      'share_suspensions_semh',
    ]);
    for (const r of report.exclusionRates) {
      expect(r.year).toBe(2023);
      expect(r.within).toBe(Math.abs(r.model - r.rate) <= r.tolerance * r.rate);
    }
    expect(report.specialSchoolsByAge.map((c: { label: string }) => c.label)).toEqual([
      'Backtest, January 2019 (its start)',
      'Baseline, January 2023 (its start)',
      'Baseline, January 2034',
    ]);
    for (const c of report.specialSchoolsByAge) expect(c.ratio).toBeCloseTo(c.secondary / c.primary, 12);
    expect(report.startStocks).toBeUndefined();
  });

  it("holds the baseline's start, stock by stock, against the backtest's own January 2023", async () => {
    // A target in January 2024 runs the backtest through 2023, so it has a January 2023 of its own.
    const targets = targetsFile([stock('Jan 2024', 560_000)]);
    const table = await sendsim(['calibrate', '--targets', targets, ...SMALL]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /The start in motion: the baseline's stocks in January 2023 \(its start\) against the backtest's own January 2023/,
    );
    expect(table.stdout).toMatch(
      /EHC plans in force \(all ages\)\s+517,000\s+[\d,]+\s+[+−]\d+\.\d%\s+±\d+\.\d%\s+(within noise|start higher|start lower)/,
    );
    expect(table.stdout).toMatch(/\d+ of 24 stocks differ by more than their noise/);
  });

  it('names a broken targets file, its field, what was expected and what was found', async () => {
    const targets = targetsFile([{ ...stock('Jan 2020', 1), tolerance: 'wide' }]);
    const r = await sendsim(['calibrate', '--targets', targets, ...SMALL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/targets\.json: targets\[0\]\.tolerance: expected a number, found "wide"/);
    // A targets file is not a scenario: 'sendsim validate' would only confuse it with one.
    expect(r.stderr).not.toContain('sendsim validate');
    // Broken JSON is located as in a scenario file (it once had an empty field and no line).
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, '{"targets": [\n  {"metric": "x",}\n]}');
    const syntax = await sendsim(['calibrate', '--targets', broken, ...SMALL]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(
      /broken\.json: line 2, column 18: expected valid JSON: a property name in double quotes, found "}\\n]}"\n/,
    );
  });

  it('names a target no backtest can reach (a run lasts at most 50 years) instead of crashing', async () => {
    // Found by the fuzz suite: "Jan 2099" asked for an 80-year backtest, and the run's own
    // check stopped it with a stack trace (exit 3).
    const targets = targetsFile([stock('Jan 2020', 390_100), stock('Jan 2099', 1)]);
    const r = await sendsim(['calibrate', '--targets', targets, ...SMALL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^sendsim: .*targets\.json: targets\[1\]\.period: expected a period a backtest from January 2019 reaches in at most 50 years \(ending by January 2069\), found "Jan 2099"\n/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes JSON that parses even when a target holds C1 control characters or DEL (found by the fuzz suite)', async () => {
    // JSON.stringify leaves U+007F to U+009F raw, and the pass that writes control characters
    // out as \\xNN for the terminal then made "\\x9b", which is not JSON.
    const targets = targetsFile([{ ...stock('Jan 2019', 354_000), source: 'CSI \u009b31m and DEL \u007f' }]);
    const tiny = ['--scale', '0.0001', '--reps', '1'];
    const r = await sendsim(['calibrate', '--targets', targets, ...tiny, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { rows: Array<{ target: { source: string } }> };
    expect(report.rows[0]!.target.source).toBe('CSI \u009b31m and DEL \u007f');
    expect(r.stdout).toContain('CSI \\u009b31m and DEL \\u007f');
    expect(r.stdout).not.toContain('\u009b');
  });

  it('refuses an --out that is a file it reads without being told: the backtest and its baseline (found by the fuzz suite)', async () => {
    // The default scenario (backtest-2019) and its baseline are read though no argument names
    // them; --out once wrote the report over the backtest's own scenario file.
    const dir = tempDir();
    mkdirSync(join(dir, 'scenarios'));
    for (const id of ['backtest-2019', 'baseline']) {
      copyFileSync(join(REPO_ROOT, 'scenarios', `${id}.json`), join(dir, 'scenarios', `${id}.json`));
    }
    const targets = targetsFile([stock('Jan 2019', 354_000)]);
    for (const out of ['scenarios/backtest-2019.json', 'scenarios/baseline.json']) {
      const before = readFileSync(join(dir, out), 'utf8');
      const r = await sendsim(['calibrate', '--targets', targets, ...SMALL, '--out', out], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`--out ${out}: expected a file the command does not read, found ${out}`);
      expect(readFileSync(join(dir, out), 'utf8')).toBe(before);
    }
  });

  it('says where it looked when the targets file is missing', async () => {
    const r = await sendsim(['calibrate', '--targets', 'no/such/targets.json', ...SMALL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--targets: cannot read no\/such\/targets\.json/);
  });

  it('refuses a forecasting self-test that would have nothing to fit or nothing to test', async () => {
    const targets = targetsFile([stock('Jan 2020', 390_100), stock('Jan 2022', 473_255)]);
    const early = await sendsim(['calibrate', '--targets', targets, '--holdout-from', '2019']);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(
      /--holdout-from 2019: the backtest starts in January 2019, so the fit would have no year to learn from; give a year after 2019/,
    );
    const late = await sendsim(['calibrate', '--targets', targets, '--holdout-from', '2023']);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(
      /--holdout-from 2023: no target in .*targets\.json reaches 2023, so nothing would be held out/,
    );
    const word = await sendsim(['calibrate', '--holdout-from', 'last']);
    expect(word.code).toBe(2);
    expect(word.stderr).toMatch(/--holdout-from: expected a year such as 2022, found "last"/);
  });

  it('never writes a self-test’s fit into the baseline file', async () => {
    const r = await sendsim(['calibrate', '--holdout-from', '2022', '--apply']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--holdout-from fit is a self-test .*: run them separately/);
  });

  it('refuses --apply without --fit', async () => {
    const r = await sendsim(['calibrate', '--apply']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--apply .* use it with --fit/);
  });
});
