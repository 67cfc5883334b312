/**
 * The growth in demand the published 2019–2023 series show, as two trends up to the last
 * published year: more needs arising each year (more autism and SEMH identified) and a
 * greater propensity to ask for an assessment at a given need and trust (requests grew by
 * about 39% from 2019 to 2022 while pupils on SEN support grew by about 8%). Both rates are
 * fitted to that trajectory; both stop at `need.growthUntilYear` (assumption: the baseline
 * does not extrapolate them beyond the data unless a scenario says so).
 *
 * The parameters describe `TREND_REFERENCE_YEAR`; a run in another year reads them scaled.
 */
import { exp, log } from '../foundation/portable-math.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** The calendar year the onset hazards and request propensity in a scenario describe. */
export const TREND_REFERENCE_YEAR = 2023;

function growth(year: number, rate: number, p: Params): number {
  const years = Math.min(year, p['need.growthUntilYear']) - TREND_REFERENCE_YEAR;
  return exp(years * log(1 + rate));
}

/** How many times the reference year's onset hazards arise in calendar year `year`. */
export function onsetTrend(year: number, p: Params): number {
  return growth(year, p['need.onsetGrowthPerYear'], p);
}

/**
 * The parameters as they stand in calendar year `year`: the propensity to ask for an
 * assessment scaled by its trend (onset hazards are scaled where arrivals are drawn).
 */
export function paramsInYear(p: Params, year: number): Params {
  const factor = growth(year, p['request.growthPerYear'], p);
  if (factor === 1) return p;
  return {
    ...p,
    'request.probabilityAtFullSeverity': Math.min(1, p['request.probabilityAtFullSeverity'] * factor),
  };
}
