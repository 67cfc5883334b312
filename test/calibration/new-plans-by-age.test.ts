/**
 * New plans by age (sim-core's new-plans-by-age.ts, the check `sendsim calibrate` prints): the
 * four age bands of new plans partition every year's new plans, the 2019 backtest issues its
 * 2021 plans in SEN2's published mix (under 5 about 24%, 5–10 46.2%), and the check flags a mix
 * outside its tolerance.
 */
import {
  NEW_PLAN_AGE_BANDS,
  NEW_PLAN_AGE_TOLERANCE,
  NEW_PLANS_BY_AGE_YEAR,
  newPlansByAge,
  runExperiment,
} from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

describe('new plans by age', () => {
  it('splits every replication’s new plans into the four age bands, each plan in one', () => {
    const result = runExperiment(loadScenario('baseline'), {
      seed: 3,
      replications: 2,
      years: 3,
      scale: 0.005,
    });
    for (const rep of result.replications) {
      const issued = rep.metrics.new_plans_issued!;
      expect(issued.some((n) => n > 0)).toBe(true);
      issued.forEach((n, year) => {
        const banded = NEW_PLAN_AGE_BANDS.reduce((sum, band) => sum + rep.metrics[band.metric]![year]!, 0);
        expect(banded).toBeCloseTo(n, 6);
      });
      // Every band is used: plans are issued at every age from before school to 25.
      for (const band of NEW_PLAN_AGE_BANDS) {
        expect(
          rep.metrics[band.metric]!.reduce((a, b) => a + b, 0),
          band.metric,
        ).toBeGreaterThan(0);
      }
    }
  });

  it(`issues the 2019 backtest's ${NEW_PLANS_BY_AGE_YEAR} plans in SEN2's age mix`, () => {
    const result = runExperiment(loadScenario('backtest-2019'), {
      seed: 1,
      replications: 4,
      years: NEW_PLANS_BY_AGE_YEAR - 2019 + 1,
      scale: 0.01,
    });
    const column = newPlansByAge(result, NEW_PLANS_BY_AGE_YEAR, 'backtest');
    const shown = column.shares.map((s) => `${(s * 100).toFixed(1)}%`).join(', ');
    expect(column.within, `model ${shown}`).toBe(true);
    expect(column.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('flags a year whose share of plans under 5 or aged 5–10 is outside its tolerance', () => {
    const year = NEW_PLANS_BY_AGE_YEAR;
    const resultWith = (shares: readonly number[]) => ({
      series: NEW_PLAN_AGE_BANDS.map((band, i) => ({
        metric: band.metric,
        year,
        value: { mean: 1000 * shares[i]!, lo: 0, hi: 0 },
      })),
    });
    const published = [0.24, 0.462];
    const rest = 1 - published[0]! - published[1]!;
    expect(newPlansByAge(resultWith([...published, rest / 2, rest / 2]), year, 'x').within).toBe(true);
    const off = NEW_PLAN_AGE_TOLERANCE + 0.005;
    expect(newPlansByAge(resultWith([0.24 - off, 0.462, rest / 2 + off, rest / 2]), year, 'x').within).toBe(
      false,
    );
    expect(newPlansByAge(resultWith([0.24, 0.462 + off, rest / 2 - off, rest / 2]), year, 'x').within).toBe(
      false,
    );
    expect(() => newPlansByAge(resultWith(published), year + 1, 'x')).toThrow(/no new_plans_under_5/);
  });
});
