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
 * backtest's shape against this one). The backtest starts from these shapes too, and four years do
 * not wash them out (plan holders stay in special schools for years), so they are measured to a
 * fixed point: model 0.20.0 as fitted, seed 1, 16 replications at 1%, measured, written and
 * measured again until no share moved by a point (four rounds, 53,752 plan holders outside
 * specialist settings and 28,018 in them in the last; the shapes of young people on a post-plan
 * pathway, post-plan-at-start.ts, with them). Until then they were model 0.16.0's, measured once.
 *
 * Some of them are above the threshold, and how many depends on age: 0.7% under 16, 3.5% at 16–18
 * and 24% from 19 (the same runs: 257 of 38,250, 275 of 7,813 and 1,845 of 7,689), mostly young
 * people who left a special school at 19 for further education with their need. Model 0.16.0's
 * table had 42% from 19, measured on a start that put every plan holder in a special school above
 * the threshold; with the needs special schools meet easing (specialistSeverityAtStart), fewer
 * leave at 19 above it. Until model 0.15.0 the start gave none of them a need above the
 * threshold, so its reviews found a specialist need about a quarter as often as the backtest's
 * (placement appeals at review with them) and more plans from 19 ended with needs met.
 */

/** Shares of twenty equal bands of severity ÷ `placement.specialistSeverity`, from 0 to 1 (percent, as measured). */
export const PLAN_SEVERITY_SHAPE_AT_START: readonly number[] = [
  1.41, 2.24, 1.04, 1.24, 1.55, 1.94, 2.42, 2.88, 3.54, 4.28, 5.15, 5.92, 5.94, 6.12, 7.94, 10.18, 11, 10.6,
  8.72, 5.89,
];

/** Shares above the threshold, by age: under 16, 16 to 18, and from 19 (as measured). */
export const ABOVE_THRESHOLD_SHARE_AT_START = { under16: 0.0079, age16to18: 0.0372, from19: 0.214 } as const;

/** Of those above it, shares of ten equal bands from the threshold to 1 (counts, as measured). */
export const ABOVE_THRESHOLD_SHAPE_AT_START: readonly number[] = [
  719, 425, 306, 412, 414, 435, 326, 243, 142, 58,
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
  return aboveOrBelow(
    aboveThresholdShareAtStart(age),
    ABOVE_THRESHOLD_SHAPE_AT_START,
    PLAN_SEVERITY_SHAPE_AT_START,
    u,
    threshold,
  );
}

/**
 * Plan holders in specialist settings (state and independent special schools) at the start: the
 * share whose need is above the threshold, and the shapes below it (twenty bands of severity ÷
 * threshold, percent) and above it (ten bands from the threshold to 1, counts), measured with the
 * shapes above. A need the setting meets eases, so 57% have fallen below the threshold (most within
 * a quarter of it) and those above thin out towards 1. Until model 0.20.0 they were spread evenly
 * above the threshold (a mean of 0.92 against the backtest's 0.76), and the first year had a
 * quarter more crises among them than the backtest's 2023 (9% more crises in all).
 */
export const SPECIALIST_ABOVE_SHARE_AT_START = 0.4294;
export const SPECIALIST_BELOW_SHAPE_AT_START: readonly number[] = [
  1.59, 1.73, 0.7, 0.77, 0.97, 1.09, 1.41, 1.41, 1.74, 2.21, 2.88, 3.06, 3.62, 4.51, 5.7, 6.6, 8.12, 11.35,
  17.21, 23.34,
];
export const SPECIALIST_ABOVE_SHAPE_AT_START: readonly number[] = [
  3202, 3081, 2756, 2375, 2005, 1599, 1218, 855, 585, 409,
];

/** The severity of a plan holder in a specialist setting at the start, from one uniform draw `u`. */
export function specialistSeverityAtStart(u: number, threshold: number): number {
  return aboveOrBelow(
    SPECIALIST_ABOVE_SHARE_AT_START,
    SPECIALIST_ABOVE_SHAPE_AT_START,
    SPECIALIST_BELOW_SHAPE_AT_START,
    u,
    threshold,
  );
}

/** Above `threshold` with chance `above`, by `aboveShape` (to 1); otherwise below it, by `belowShape` (from 0). One draw `u`. */
function aboveOrBelow(
  above: number,
  aboveShape: readonly number[],
  belowShape: readonly number[],
  u: number,
  threshold: number,
): number {
  return u < above
    ? fromShape(aboveShape, u / above, threshold, 1)
    : fromShape(belowShape, (u - above) / (1 - above), 0, threshold);
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
