/**
 * The severity of a plan holder outside a specialist setting at the start date, drawn from the
 * shape the model's own dynamics give, not spread evenly up to the specialist threshold.
 *
 * Why: until model 0.12.0 these severities were uniform between 0.45 and the threshold. The
 * model's dynamics thin out the needs just below it (those that cross are reviewed into a
 * specialist place) and spread others below 0.45 (needs eased by the plan's support), so a
 * uniform start held about twice as many needs within a tenth of the threshold as a run four
 * years in. Those needs crossed in the first year, queued for a special place all at once and
 * spilled into the independent sector: a start-up wave (new independent placements about 13,000
 * a year in 2024 and 2025, against about 5,000 in the 2019 backtest's same years).
 *
 * So the start draws from the 2019 backtest's own distribution in January 2023 (model 0.14.0 as
 * fitted, seed 1, five replications at 1%, the backtest itself started from the 0.13.0 shape:
 * 17,914 plan holders outside specialist settings, of whom the 0.4% already seeking a place (the
 * start's waiting list, special-places-at-start.ts) and the 4.3% above the threshold, mostly in
 * further education, are left out), as shares of twenty equal bands of severity ÷ threshold. Like
 * `la.highNeedsExcessAtStart` it is a start-in-motion value to re-measure after a refit
 * (test/calibration/start-consistency: the backtest's shape against this one).
 */

/** Shares of twenty equal bands of severity ÷ `placement.specialistSeverity`, from 0 to 1 (percent, as measured). */
export const PLAN_SEVERITY_SHAPE_AT_START: readonly number[] = [
  1.13, 1.7, 0.98, 1.22, 1.69, 2.1, 2.41, 3.14, 3.67, 4.67, 5.0, 5.09, 5.71, 8.28, 10.18, 11.6, 10.75, 8.4,
  4.65, 2.94,
];

const TOTAL = PLAN_SEVERITY_SHAPE_AT_START.reduce((a, b) => a + b, 0);

/**
 * A severity below `threshold` from the shape above, by inverse transform of one uniform draw `u`
 * (one draw, as the even spread took): the band by cumulative share, then evenly within it.
 */
export function planSeverityAtStart(u: number, threshold: number): number {
  const bands = PLAN_SEVERITY_SHAPE_AT_START.length;
  let v = u * TOTAL;
  for (let k = 0; k < bands; k++) {
    const share = PLAN_SEVERITY_SHAPE_AT_START[k]!;
    if (v < share || k === bands - 1) {
      const within = share > 0 ? Math.min(v / share, 1 - 1e-12) : 0;
      return ((k + within) / bands) * threshold;
    }
    v -= share;
  }
  return threshold * (1 - 1e-12);
}
