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
 * So the start draws from the 2019 backtest's own distribution in January 2023 (model 0.16.0 as
 * fitted, seed 1, five replications at 1%, the backtest itself started from the previous shapes:
 * 17,122 plan holders outside specialist settings, of whom the 0.8% already seeking a place (the
 * start's waiting list, special-places-at-start.ts) are left out), as shares of twenty equal bands
 * of severity ÷ threshold. Like `la.highNeedsExcessAtStart` it is a start-in-motion value to
 * re-measure after a refit (test/calibration/plan-severity-start: the backtest's shape against
 * this one).
 *
 * Some of them are above the threshold, and how many depends on age: 0.8% under 16, 4.0% at 16–18
 * and 42% from 19 (the same runs: 102 of 12,192, 105 of 2,640 and 952 of 2,290; model 0.15.0's:
 * 0.6%, 4.0% and 40%), mostly
 * young people who left a special school at 19 for further education with their need. Until model
 * 0.15.0 the start gave none of them a need above the threshold, so its reviews found a specialist
 * need about a quarter as often as the backtest's (placement appeals at review with them) and more
 * plans from 19 ended with needs met.
 */

/** Shares of twenty equal bands of severity ÷ `placement.specialistSeverity`, from 0 to 1 (percent, as measured). */
export const PLAN_SEVERITY_SHAPE_AT_START: readonly number[] = [
  1.21, 2.44, 1.06, 1.55, 1.66, 2.06, 2.44, 2.89, 3.6, 4.09, 5.0, 5.5, 5.38, 5.79, 6.65, 9.46, 9.53, 8.77,
  8.21, 5.14,
];

/** Shares above the threshold, by age: under 16, 16 to 18, and from 19 (as measured). */
export const ABOVE_THRESHOLD_SHARE_AT_START = { under16: 0.0084, age16to18: 0.04, from19: 0.42 } as const;

/** Of those above it, shares of ten equal bands from the threshold to 1 (counts, as measured). */
export const ABOVE_THRESHOLD_SHAPE_AT_START: readonly number[] = [
  147, 98, 79, 113, 123, 150, 126, 137, 103, 83,
];

/** The share of plan holders of `age` outside specialist settings whose need is above the threshold at the start. */
export function aboveThresholdShareAtStart(age: number): number {
  const shares = ABOVE_THRESHOLD_SHARE_AT_START;
  return age < 16 ? shares.under16 : age < 19 ? shares.age16to18 : shares.from19;
}

/**
 * The severity of a plan holder of `age` outside a specialist setting at the start, from one
 * uniform draw `u`: above the threshold with the age's share, by the shape above it; otherwise
 * below it, by the shape below.
 */
export function outsideSpecialistSeverityAtStart(age: number, u: number, threshold: number): number {
  const above = aboveThresholdShareAtStart(age);
  return u < above
    ? fromShape(ABOVE_THRESHOLD_SHAPE_AT_START, u / above, threshold, 1)
    : planSeverityAtStart((u - above) / (1 - above), threshold);
}

/**
 * A severity below `threshold` from the shape below it, by inverse transform of one uniform draw
 * `u` (one draw, as the even spread took): the band by cumulative share, then evenly within it.
 */
export function planSeverityAtStart(u: number, threshold: number): number {
  return fromShape(PLAN_SEVERITY_SHAPE_AT_START, u, 0, threshold);
}

/** A value in [lo, hi) from shares of equal bands, by inverse transform of one uniform draw `u`. */
export function fromShape(shape: readonly number[], u: number, lo: number, hi: number): number {
  const bands = shape.length;
  let v = u * shape.reduce((a, b) => a + b, 0);
  for (let k = 0; k < bands; k++) {
    const share = shape[k]!;
    if (v < share || k === bands - 1) {
      const within = share > 0 ? Math.min(v / share, 1 - 1e-12) : 0;
      return lo + ((k + within) / bands) * (hi - lo);
    }
    v -= share;
  }
  return lo + (hi - lo) * (1 - 1e-12);
}
