/**
 * The start against the backtest: each stock's difference in the baseline's first January, and
 * whether it is more than the two runs' noise.
 */
import { START_STOCKS, startAgainstBacktest } from '@send-sim/sim-core';
import { describe, expect, it } from 'vitest';

/** A run's series: every compared stock at `mean` ± `halfWidth` in January `year`, with overrides. */
function run(year: number, mean: number, halfWidth: number, overrides: Record<string, number> = {}) {
  return {
    series: START_STOCKS.map((metric) => {
      const m = overrides[metric] ?? mean;
      return { metric, year, value: { mean: m, lo: m - halfWidth, hi: m + halfWidth } };
    }),
  };
}

describe('the start in motion, stock by stock', () => {
  it('gives each stock its difference and noise, and calls it apart only beyond the noise', () => {
    // Half-widths 30 and 40 add in quadrature to 50: a gap of 50 is within, 51 is not.
    const backtest = run(2023, 1000, 40, { ehcp_in_mainstream: 1000, waiting_for_special_place: 0 });
    const baseline = run(2023, 1050, 30, {
      ehcp_in_mainstream: 949,
      waiting_for_special_place: 10,
    });
    const rows = startAgainstBacktest(backtest, baseline, 2023);
    expect(rows.map((r) => r.metric)).toEqual([...START_STOCKS]);
    const plans = rows.find((r) => r.metric === 'ehcp_stock_all_ages')!;
    expect(plans).toMatchObject({ year: 2023, label: 'EHC plans in force (all ages)', within: true });
    expect(plans.difference).toBeCloseTo(0.05, 12);
    expect(plans.noise).toBeCloseTo(0.05, 12);
    const mainstream = rows.find((r) => r.metric === 'ehcp_in_mainstream')!;
    expect(mainstream.within).toBe(false);
    expect(mainstream.difference).toBeCloseTo(-0.051, 12);
    // A stock the backtest holds none of has no relative difference, but is still judged.
    const waiting = rows.find((r) => r.metric === 'waiting_for_special_place')!;
    expect(waiting.difference).toBeNaN();
    expect(waiting.within).toBe(true);
  });

  it('says which run lacks a stock rather than reading another year', () => {
    expect(() => startAgainstBacktest(run(2022, 1, 0), run(2023, 1, 0), 2023)).toThrow(
      'startAgainstBacktest: the backtest has no ehcp_stock_all_ages for 2023',
    );
  });
});
