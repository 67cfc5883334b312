import { type ExperimentResult, PUBLISHED_GROWTH, settingGrowth } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

/** A run whose stocks grow at `rate` a year for `years` years from 100,000. */
function runGrowing(rate: number, years: number): ExperimentResult {
  const series = PUBLISHED_GROWTH.flatMap(({ metric }) =>
    Array.from({ length: years + 1 }, (_, k) => {
      const mean = 100_000 * (1 + rate) ** k;
      return { metric, year: 2023 + k, value: { mean, lo: mean, hi: mean } };
    }),
  );
  return { series } as unknown as ExperimentResult;
}

describe('growth by setting against the fastest published', () => {
  it('works out the published rates from their figures', () => {
    const rate = (metric: string) => PUBLISHED_GROWTH.find((g) => g.metric === metric)!.rate;
    expect(rate('ehcp_stock_all_ages')).toBeCloseTo(0.0993, 3); // 354,000 → 517,000 over 4 years
    expect(rate('special_school_places')).toBeCloseTo(0.0529, 3); // 103,823 → 141,437 over 6 years
  });

  it('measures compound growth over the whole run and flags only what outgrows the published rate', () => {
    const rows = settingGrowth(runGrowing(0.06, 12));
    for (const r of rows) {
      expect(r.fromYear).toBe(2023);
      expect(r.toYear).toBe(2035);
      expect(r.modelRate).toBeCloseTo(0.06, 10);
      expect(r.fastestRate).toBeCloseTo(0.06, 10);
      expect(r.faster).toBe(r.rate < 0.06);
    }
    expect(rows.find((r) => r.metric === 'special_school_places')!.faster).toBe(true);
    expect(rows.find((r) => r.metric === 'ehcp_stock_all_ages')!.faster).toBe(false);
    for (const r of rows) expect(r.falls).toBe(false);
  });

  it('flags a stock that outgrows the published rate over a window as long as the published one, though its end points do not', () => {
    // Independent special schools (published: 8.8% a year over 2 years) rising 13% a year for two
    // years, then falling back to where they started.
    const path = [28_500, 32_000, 36_200, 40_900, 38_000, 35_000, 32_000, 30_000, 28_700];
    const series = PUBLISHED_GROWTH.flatMap(({ metric }) =>
      path.map((mean, k) => ({ metric, year: 2023 + k, value: { mean, lo: mean, hi: mean } })),
    );
    const rows = settingGrowth({ series } as unknown as ExperimentResult);
    const independent = rows.find((r) => r.metric === 'ehcp_in_independent_special')!;
    expect(independent.modelRate).toBeLessThan(0.001);
    expect(independent.fastestRate).toBeCloseTo((40_900 / 32_000) ** 0.5 - 1, 10);
    expect(independent.fastestFrom).toBe(2024);
    expect(independent.faster).toBe(true);
    // Over six years (the places' published window) the same path grows 1.9% a year at most: within 5.3%.
    const places = rows.find((r) => r.metric === 'special_school_places')!;
    expect(places.fastestRate).toBeCloseTo((32_000 / 28_500) ** (1 / 6) - 1, 10);
    expect(places.faster).toBe(false);
  });

  it('flags a stock that falls where every published year rose', () => {
    for (const r of settingGrowth(runGrowing(-0.02, 12))) {
      expect(r.faster).toBe(false);
      expect(r.falls).toBe(true);
    }
  });
});
