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
 * So the start draws from the 2019 backtest's own distribution in January 2023, as shares of twenty
 * equal bands of severity ÷ threshold, leaving out the few already seeking a place (the start's
 * waiting list, special-places-at-start.ts). Like `la.highNeedsExcessAtStart` it is a
 * start-in-motion value to re-measure after a refit (test/calibration/plan-severity-start: the
 * backtest's shape against this one). Measured on model 0.20.0 as fitted (seed 1, 16 replications
 * at 1%: 53,979 plan holders outside specialist settings); until then on model 0.16.0's, which held
 * fewer needs at 0.7 to 0.95 of the threshold (43% against 50%).
 *
 * Some of them are above the threshold, and how many depends on age: 0.7% under 16, 3.3% at 16–18
 * and 52% from 19 (the same runs: 266 of 38,064, 260 of 7,796 and 4,097 of 7,870; model 0.16.0's:
 * 0.8%, 4.0% and 42%, before young people moved on from college at 18), mostly
 * young people who left a special school at 19 for further education with their need. Until model
 * 0.15.0 the start gave none of them a need above the threshold, so its reviews found a specialist
 * need about a quarter as often as the backtest's (placement appeals at review with them) and more
 * plans from 19 ended with needs met.
 */

/** Shares of twenty equal bands of severity ÷ `placement.specialistSeverity`, from 0 to 1 (percent, as measured). */
export const PLAN_SEVERITY_SHAPE_AT_START: readonly number[] = [
  1.41, 2.24, 1.05, 1.26, 1.59, 1.94, 2.34, 2.66, 3.3, 4.3, 4.97, 5.15, 5.4, 5.98, 8.47, 10.53, 11.23, 10.81,
  9.17, 6.2,
];

/** Shares above the threshold, by age: under 16, 16 to 18, and from 19 (as measured). */
export const ABOVE_THRESHOLD_SHARE_AT_START = { under16: 0.007, age16to18: 0.0334, from19: 0.521 } as const;

/** Of those above it, shares of ten equal bands from the threshold to 1 (counts, as measured). */
export const ABOVE_THRESHOLD_SHAPE_AT_START: readonly number[] = [
  444, 311, 375, 483, 578, 614, 574, 515, 457, 272,
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
