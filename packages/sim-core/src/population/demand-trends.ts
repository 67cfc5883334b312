/**
 * The growth in demand the published 2019–2023 series show, as two trends up to the last
 * published year: more needs arising each year (more autism and SEMH identified) and a
 * greater propensity to ask for an assessment at a given need and trust (requests grew by
 * about 39% from 2019 to 2022 while pupils on SEN support grew by about 8%). Both rates are
 * fitted to that trajectory; both stop at `need.growthUntilYear` (assumption: the baseline
 * does not extrapolate them beyond the data unless a scenario says so), and neither reaches back
 * before `need.growthFromYear` (the first year of that trajectory; only a start's replayed past
 * reads years so early).
 *
 * The parameters describe `TREND_REFERENCE_YEAR`; a run in another year reads them scaled.
 */
import { exp, log } from '../foundation/portable-math.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** The calendar year the onset hazards and request propensity in a scenario describe. */
export const TREND_REFERENCE_YEAR = 2023;

function growth(year: number, rate: number, p: Params): number {
  const within = Math.max(p['need.growthFromYear'], Math.min(year, p['need.growthUntilYear']));
  const years = within - TREND_REFERENCE_YEAR;
  return exp(years * log(1 + rate));
}

/** How many times the reference year's onset hazards arise in calendar year `year`. */
export function onsetTrend(year: number, p: Params): number {
  return growth(year, p['need.onsetGrowthPerYear'], p);
}

/**
 * The chance that a need arising before school in calendar year `year` is a complex one.
 * Complex needs (severe and profound learning difficulties, sensory impairments, physical
 * disabilities) arise per child at their own trend, `need.complexOnsetGrowthPerYear` (assumption:
 * none), not at the trend of all needs: the growth in needs identified since 2015 is in autism and
 * SEMH, and these conditions are mostly present from birth or infancy and found by health services
 * whatever the SEN system does. So `need.earlyComplexShare` is their share of the reference year's
 * early onsets, a smaller share of a later year's and a larger one of an earlier year's. (Until model
 * 0.26.0 they took that share of every year's onsets, so grew 8% a year to 2023 with the rest;
 * the backtest's 2019 start then arrived in 2023 with fewer complex plans at 5–10 than the 2023
 * level of onsets gives, and the fit met the start's share there with a level that made the
 * baseline's complex plans at 5–10 grow 1.8 times by 2031.)
 */
export function earlyComplexChance(year: number, p: Params): number {
  const complexTrend = growth(year, p['need.complexOnsetGrowthPerYear'], p);
  return Math.min(1, (p['need.earlyComplexShare'] * complexTrend) / onsetTrend(year, p));
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

/** Years of the past a start's replayed histories reach (no one on SEN support is older than this). */
const PAST_YEARS = 26;

/**
 * The trends in each calendar year before a start in January of `startYear`, entry k for the
 * year k years before (entry 0 is the start year itself): the start's need histories replay each
 * past year at its own level, as a run started then would have lived it.
 */
export interface PastTrends {
  /** The propensity to ask for an assessment, as a multiple of the start year's (`p` holds the start year's). */
  readonly requests: readonly number[];
  /** The onset hazards, as a multiple of `p`'s (which describe TREND_REFERENCE_YEAR), as arrivals read them. */
  readonly onsets: readonly number[];
  /** The chance that a need arising before school that year is complex (`earlyComplexChance`). */
  readonly earlyComplex: readonly number[];
}

const pastTrendsCache = new WeakMap<Params, Map<number, PastTrends>>();

/**
 * `PastTrends` for a start in January of `startYear` (kept per parameter set and year). Replayed
 * at the start year's levels instead, a history more often ended in a request than it did, and
 * needs that arose years ago were as common as recent ones: the 2023 start held a lighter tail of
 * severe need on SEN support, too many children under 5 and too few aged 5–8 than a run four years
 * in (until model 0.14.0, whose 2023 start asked for about 10% fewer assessments in its first year).
 */
export function pastTrends(p: Params, startYear: number): PastTrends {
  let byYear = pastTrendsCache.get(p);
  if (byYear === undefined) {
    byYear = new Map();
    pastTrendsCache.set(p, byYear);
  }
  let trends = byYear.get(startYear);
  if (trends === undefined) {
    const years = Array.from({ length: PAST_YEARS + 1 }, (_, k) => startYear - k);
    const asking = growth(startYear, p['request.growthPerYear'], p);
    trends = {
      requests: years.map((year) => growth(year, p['request.growthPerYear'], p) / asking),
      onsets: years.map((year) => onsetTrend(year, p)),
      earlyComplex: years.map((year) => earlyComplexChance(year, p)),
    };
    byYear.set(startYear, trends);
  }
  return trends;
}

/** The entry of a `PastTrends` series for a moment `yearsBefore` years before the start (in the calendar year it falls in). */
export function trendAt(series: readonly number[], yearsBefore: number): number {
  return series[Math.min(series.length - 1, Math.max(0, Math.ceil(yearsBefore)))]!;
}
