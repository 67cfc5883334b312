/**
 * New plans by age: the share of a calendar year's new EHC plans issued to children under 5 and
 * aged 5–10, in the model against SEN2.
 *
 * Why: over the baseline's projection the plans' age mix drifts older (5- to 10-year-olds 33%
 * of plans in January 2023, about 24% by 2035). This check says whether the drift comes from the
 * ages at which the journey issues plans, or from what happens to plans after they are issued
 * (how long they last, and how many were issued in earlier, faster-growing years). The backtest
 * is held against the one published year; the baseline's first and last projected years show
 * whether the mix holds. No parameter is fitted to it, and calibration-targets.json has no such
 * target.
 *
 * Evidence: Education, health and care plans, England, reporting year 2022 (DfE, SEN2, 12 May
 * 2022), new plans issued in calendar year 2021, as nasen's summary of it gives them
 * (nasen.org.uk, "Huge increase in Education, Health and Care Plans as statistics released",
 * 12 May 2022): "just under a quarter" to children under 5, 46.2% to 5- to 10-year-olds. Read
 * here as 24% (the source's rounding; the tolerance covers 22%–25%). SEN2 bands a new plan by
 * the child's age; the model uses the age on the day the plan is issued.
 */
import type { ExperimentResult } from '../experiment/experiment-types.js';
import type { MetricId } from '../metrics/metric-definitions.js';
import { seriesMean } from './series-mean.js';

/** The calendar year the published shares describe. */
export const NEW_PLANS_BY_AGE_YEAR = 2021;

/** The age bands of new plans, in order; the first two are published, the rest are the remainder. */
export const NEW_PLAN_AGE_BANDS = [
  { ages: 'under 5', metric: 'new_plans_under_5', published: 0.24 },
  { ages: '5–10', metric: 'new_plans_age_5_to_10', published: 0.462 },
  { ages: '11–15', metric: 'new_plans_age_11_to_15', published: undefined },
  { ages: '16–25', metric: 'new_plans_age_16_to_25', published: undefined },
] as const satisfies ReadonlyArray<{ ages: string; metric: MetricId; published: number | undefined }>;

/**
 * How far a model share may be from a published one, in points (assumption: SEN2's age shares of
 * plans carry a tolerance of 3 points in calibration-targets.json; "just under a quarter" is itself
 * rounded by about a point).
 */
export const NEW_PLAN_AGE_TOLERANCE = 0.03;

/** One calendar year of one run: the share of its new plans in each age band. */
export interface NewPlansByAgeColumn {
  /** What the column shows, e.g. "2019 backtest, 2021". */
  readonly label: string;
  readonly year: number;
  /** The share of the year's new plans in each of `NEW_PLAN_AGE_BANDS`, in order (they sum to 1). */
  readonly shares: readonly number[];
  /** Whether every published band's share is within `NEW_PLAN_AGE_TOLERANCE` of it. */
  readonly within: boolean;
}

/** The column for calendar year `year` of `result` (a run covering it), labelled `label`. */
export function newPlansByAge(
  result: Pick<ExperimentResult, 'series'>,
  year: number,
  label: string,
): NewPlansByAgeColumn {
  const counts = NEW_PLAN_AGE_BANDS.map((band) => seriesMean(result, band.metric, year, 'newPlansByAge'));
  const total = counts.reduce((sum, n) => sum + n, 0);
  const shares = counts.map((n) => (total > 0 ? n / total : 0));
  const within = NEW_PLAN_AGE_BANDS.every(
    (band, i) =>
      band.published === undefined || Math.abs(shares[i]! - band.published) <= NEW_PLAN_AGE_TOLERANCE + 1e-9,
  );
  return { label, year, shares, within };
}
