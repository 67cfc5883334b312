import {
  type CalibrationTarget,
  calibrationReport,
  type FitSettings,
  FREE_PARAMETERS,
  fitCalibration,
  holdOut,
  type RunOptions,
  reachesYear,
  runExperiment,
  uninformedStart,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

const target = (metric: string, period: string, value: number, tolerance = 0.1): CalibrationTarget => ({
  metric,
  period,
  value,
  unit: metric.startsWith('share') ? 'share' : 'count',
  tolerance,
  source: 'test',
  status: 'V',
});

describe('forecasting self-test: which targets are held out', () => {
  it('holds out every period with a month in the first held-out year or later', () => {
    expect(reachesYear('Jan 2022', 2022)).toBe(true);
    expect(reachesYear('Jan 2021', 2022)).toBe(false);
    expect(reachesYear('CY 2022', 2022)).toBe(true);
    expect(reachesYear('CY 2021', 2022)).toBe(false);
    // Academic and financial years that end in the held-out year are held out: the fit sees no month of them.
    expect(reachesYear('AY 2021/22', 2022)).toBe(true);
    expect(reachesYear('FY 2021/22', 2022)).toBe(true);
    expect(reachesYear('AY 2020/21', 2022)).toBe(false);
    expect(reachesYear('FY 2020/21', 2022)).toBe(false);
    expect(() => reachesYear('Spring 2022', 2022)).toThrow(/'Jan YYYY'/);
  });

  it('splits targets into the fit’s and the held out, losing none', () => {
    const targets = [
      target('ehcp_stock_all_ages', 'Jan 2021', 1),
      target('ehcp_stock_all_ages', 'Jan 2022', 1),
      target('assessment_requests', 'CY 2021', 1),
      target('tribunal_appeals_registered', 'AY 2021/22', 1),
    ];
    const split = holdOut(targets, 2022);
    expect(split.fitting.map((t) => t.period)).toEqual(['Jan 2021', 'CY 2021']);
    expect(split.heldOut.map((t) => t.period)).toEqual(['Jan 2022', 'AY 2021/22']);
  });

  it('starts the fit from the middle of every free range, not from values fitted to the held-out years', () => {
    const start = uninformedStart(FREE_PARAMETERS);
    for (const p of FREE_PARAMETERS) expect(start[p.key]).toBeCloseTo((p.min + p.max) / 2, 3);
    const baseline = loadScenario('baseline');
    expect(FREE_PARAMETERS.some((p) => baseline.params[p.key] !== start[p.key])).toBe(true);
  });
});

describe('forecasting self-test: a small fit with a fixed seed', () => {
  const scenario = loadScenario('backtest-2019');
  const targets = [
    target('ehcp_stock_all_ages', 'Jan 2020', 390_100, 0.05),
    target('assessment_requests', 'CY 2020', 75_951, 0.15),
    target('share_requests_refused', 'CY 2020', 0.216, 0.03),
    // Held out from 2021:
    target('ehcp_stock_all_ages', 'Jan 2021', 430_700, 0.05),
    target('ehcp_stock_all_ages', 'Jan 2022', 473_255, 0.05),
    target('assessment_requests', 'CY 2021', 93_302, 0.1),
  ];
  const from = 2021;
  const search: FitSettings = {
    historyMatching: { waves: 2, pointsPerWave: 6 },
    cmaEs: { generations: 2, populationSize: 4 },
    searchSeed: 1,
  };
  const run: RunOptions = { seed: 1, replications: 1, years: 2, scale: 0.002 };
  const runner = async (candidates: readonly (typeof scenario)[], o: RunOptions) =>
    candidates.map((s) => runExperiment(s, o).replications);
  // The fit sees only what is wholly before the held-out year, for only the years it needs.
  const fitBlind = (all: readonly CalibrationTarget[]) =>
    fitCalibration(scenario, holdOut(all, from).fitting, run, search, runner, {
      start: uninformedStart(FREE_PARAMETERS),
    });

  it('is blind to the held-out figures, reproducible, and tallies the projection against them', async () => {
    const first = await fitBlind(targets);
    expect(first.objective).toBeLessThan(first.startObjective);
    // Held-out figures changed wildly: the fit cannot tell.
    const moved = targets.map((t) => (reachesYear(t.period, from) ? { ...t, value: t.value * 3 } : t));
    const second = await fitBlind(moved);
    expect(second).toEqual(first);

    const projection: RunOptions = { ...run, years: 4 };
    const candidate = { ...scenario, params: { ...scenario.params, ...first.values } };
    const replications = runExperiment(candidate, projection).replications;
    const report = calibrationReport(candidate, projection, targets, replications, 't.json', from);
    expect(report.rows.map((r) => r.heldOut)).toEqual([false, false, false, true, true, true]);
    const { fitted, heldOut } = report.summary.holdout!;
    expect(fitted.targets + heldOut.targets).toBe(targets.length);
    expect(heldOut).toEqual({
      targets: 3,
      evaluated: 3,
      passed: report.rows.filter((r) => r.heldOut && r.status === 'pass').length,
    });
    // The same projection judged against the moved figures misses every held-out one.
    const movedReport = calibrationReport(candidate, projection, moved, replications, 't.json', from);
    expect(movedReport.summary.holdout!.heldOut.passed).toBe(0);
    expect(movedReport.summary.holdout!.fitted).toEqual(fitted);
  }, 120_000);
});
