/**
 * The baseline's exclusion and suspension rates by SEN status against DfE's published rates
 * (sim-core's exclusion-rates.ts, the check `sendsim calibrate` prints). The parameters were
 * estimated from these figures once (not fitted); this test says whether the baseline still
 * reproduces them in its first year, at a fixed seed and 1% of England.
 */
import { exclusionRatesCheck, PUBLISHED_EXCLUSION_RATES, runExperiment } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim-core/load-scenario.js';

describe('exclusion and suspension rates by SEN status', () => {
  it('are within tolerance of the published rates in the baseline’s first year', () => {
    const result = runExperiment(loadScenario('baseline'), {
      seed: 1,
      replications: 4,
      years: 1,
      scale: 0.01,
    });
    const rows = exclusionRatesCheck(result);
    expect(rows.map((r) => r.metric)).toEqual(PUBLISHED_EXCLUSION_RATES.map((r) => r.metric));
    for (const row of rows) {
      expect(row.year).toBe(2023);
      expect(
        row.within,
        `${row.metric}: model ${row.model}, published ${row.rate} ± ${row.tolerance * 100}%`,
      ).toBe(true);
    }
  });

  it('flags a rate outside its tolerance', () => {
    const series = PUBLISHED_EXCLUSION_RATES.map((r) => ({
      metric: r.metric,
      year: 2023,
      value: { mean: r.rate * (1 + r.tolerance * 1.01), lo: 0, hi: 1 },
    }));
    for (const row of exclusionRatesCheck({ series })) expect(row.within).toBe(false);
    const exact = PUBLISHED_EXCLUSION_RATES.map((r) => ({
      metric: r.metric,
      year: 2023,
      value: { mean: r.rate, lo: 0, hi: 1 },
    }));
    for (const row of exclusionRatesCheck({ series: exact })) expect(row.within).toBe(true);
  });
});
