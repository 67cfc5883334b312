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
 * fixed point: model 0.23.0 as fitted, seed 1, 16 replications at 1%, measured, written and
 * measured again until no share moved by half a point (four rounds, 56,429 plan holders outside
 * specialist settings and 26,786 in them in the last; the shapes of young people on a post-plan
 * pathway, post-plan-at-start.ts, with them, and the start-in-motion values the backtest shares
 * with the baseline). Model 0.20.0's, measured the same way, held until then; 0.16.0's before it.
 *
 * Some of them are above the threshold, and how many depends on age: 0.4% under 16, 2.1% at 16–18
 * and 21% from 19 (the same runs: 164 of 39,683, 184 of 8,834 and 1,647 of 7,912), mostly young
 * people who left a special school at 19 for further education with their need. Model 0.16.0's
 * table had 42% from 19, measured on a start that put every plan holder in a special school above
 * the threshold; with the needs special schools meet easing (specialistSeverityAtStart), fewer
 * leave at 19 above it. Until model 0.15.0 the start gave none of them a need above the
 * threshold, so its reviews found a specialist need about a quarter as often as the backtest's
 * (placement appeals at review with them) and more plans from 19 ended with needs met.
 */

/** Shares of twenty equal bands of severity ÷ `placement.specialistSeverity`, from 0 to 1 (percent, as measured). */
export const PLAN_SEVERITY_SHAPE_AT_START: readonly number[] = [
  1.59, 2.84, 1.45, 1.92, 2.39, 3.11, 3.91, 4.86, 5.93, 6.67, 6.9, 6.89, 5.94, 5.93, 7.6, 8.01, 8.07, 7.06,
  5.63, 3.28,
];

/** Shares above the threshold, by age: under 16, 16 to 18, and from 19 (as measured). */
export const ABOVE_THRESHOLD_SHARE_AT_START = { under16: 0.0041, age16to18: 0.0208, from19: 0.2082 } as const;

/** Of those above it, shares of ten equal bands from the threshold to 1 (counts, as measured). */
export const ABOVE_THRESHOLD_SHAPE_AT_START: readonly number[] = [
  267, 219, 272, 267, 268, 227, 215, 141, 71, 48,
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
 * shapes above. A need the setting meets eases, so 63% have fallen below the threshold (57% in
 * model 0.20.0; most within a quarter of it) and those above thin out towards 1. Until model 0.20.0 they were spread evenly
 * above the threshold (a mean of 0.92 against the backtest's 0.76), and the first year had a
 * quarter more crises among them than the backtest's 2023 (9% more crises in all).
 */
export const SPECIALIST_ABOVE_SHARE_AT_START = 0.3725;
export const SPECIALIST_BELOW_SHAPE_AT_START: readonly number[] = [
  2.48, 2.7, 1.23, 1.49, 1.87, 2.2, 2.3, 2.5, 2.76, 3.03, 3.46, 3.22, 3.42, 3.93, 4.48, 5.16, 6.8, 10.93,
  15.85, 20.17,
];
export const SPECIALIST_ABOVE_SHAPE_AT_START: readonly number[] = [
  1439, 1499, 1416, 1319, 1151, 991, 800, 652, 394, 317,
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
