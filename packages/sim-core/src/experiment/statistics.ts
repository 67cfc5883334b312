/**
 * Summaries over replications: the mean and a 95% interval that respects what the quantity can
 * be (replications are independent and identically distributed by construction).
 *
 * Method: Student's t on the scale that fits the quantity's bounds, then mapped back.
 * - `signed` (differences between scenarios, balances): the usual t-interval, mean ± t·se.
 * - `nonNegative` (counts, child-years, days, pounds): a t-interval for log(mean), using the
 *   delta method (se of log(mean) ≈ se / mean), mapped back: mean × exp(∓ t·se / mean).
 * - `share` (0 to 1): the same for logit(mean) (se ≈ se / (mean·(1 − mean))), mapped back.
 *
 * Why this method: runs have few replications (2 to 10), so a percentile bootstrap would be
 * far too narrow (with 3 replications it can never be wider than the three values); the
 * t quantile keeps the honest width for small samples. Working on the log or logit scale keeps
 * the interval inside what is possible (never a negative count, never a share above 100%), and
 * skews it the way counts and shares are skewed. The transform is applied to the mean, not to
 * each replication, so a replication of exactly 0 (or a share of exactly 0 or 1) needs no
 * special case. When the interval is narrow relative to the mean it is the plain t-interval
 * to first order; it is always at least as wide, with its lower end higher and its upper end
 * further out. The point estimate stays the arithmetic mean over replications, and always lies
 * inside the interval (which is asymmetric around it, so never write it as "mean ± half").
 *
 * Edge cases: one replication, or replications that all agree, give the degenerate interval
 * lo = mean = hi (never a "clear" change: see `clearDirection`); so does a mean at a bound
 * (0, or a share of 1), which only replications that all agree can have. A value that is
 * not finite makes the whole estimate NaN. A value outside the bounds throws: it means the
 * metric's declared bounds are wrong, and the interval would claim something false.
 *
 * Deterministic: exp comes from `foundation/portable-math.ts`, so results are identical in every engine.
 */
import { exp } from '../foundation/portable-math.js';
import type { ValueBounds } from '../metrics/metric-definitions.js';
import type { Estimate } from './experiment-types.js';

/** Two-sided 97.5% quantiles of Student's t for 1–30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The t quantile for a 95% interval with `df` degrees of freedom (normal beyond 30). */
export function tQuantile975(df: number): number {
  return T_975[df - 1] ?? 1.96;
}

/**
 * Mean and 95% interval of `values` (one per replication), within `bounds` (default `signed`:
 * the plain t-interval, for differences). With one value the interval collapses to it. A value
 * outside the bounds is a defect in what produced it: the error names `what` it is, if given.
 *
 * @example
 * estimate([40, 50, 60]); // { mean: 50, lo: ≈ 25.2, hi: ≈ 74.8 }: the plain t-interval
 * estimate([40, 50, 60], 'nonNegative'); // { mean: 50, lo: ≈ 30.4, hi: ≈ 82.2 }
 * estimate([0.6, 0.65, 0.7], 'share'); // { mean: 0.65, lo: ≈ 0.52, hi: ≈ 0.76 }
 */
export function estimate(values: readonly number[], bounds: ValueBounds = 'signed', what?: string): Estimate {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (!Number.isFinite(mean)) return { mean, lo: mean, hi: mean };
  checkBounds(values, bounds, what);
  if (n === 1) return { mean, lo: mean, hi: mean };
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const half = tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
  if (bounds === 'signed') return { mean, lo: mean - half, hi: mean + half };
  // Replications that agree: also every case of a mean at a bound (all 0, or a share all 1).
  if (half === 0) return { mean, lo: mean, hi: mean };
  // A mean rounded onto a bound while the values differ ([0.9999999999999999, 1] averages to
  // exactly 1): the log or logit scale has no room there, so take the plain interval, cut at the bounds.
  if (mean <= 0 || (bounds === 'share' && mean >= 1)) {
    return inside(
      mean,
      Math.max(0, mean - half),
      bounds === 'share' ? Math.min(1, mean + half) : mean + half,
    );
  }
  if (bounds === 'nonNegative') {
    const k = half / mean;
    return inside(mean, mean * exp(-k), mean * exp(k));
  }
  // expit(logit(mean) ± k), written so that a large k tends to 0 and 1 rather than overflowing.
  const k = half / (mean * (1 - mean));
  return inside(mean, mean / (mean + (1 - mean) * exp(k)), mean / (mean + (1 - mean) * exp(-k)));
}

/** The interval with its ends never past the mean (a guard against rounding in the last bit). */
function inside(mean: number, lo: number, hi: number): Estimate {
  return { mean, lo: Math.min(lo, mean), hi: Math.max(hi, mean) };
}

function checkBounds(values: readonly number[], bounds: ValueBounds, what: string | undefined): void {
  if (bounds === 'signed') return;
  for (const v of values) {
    if (v < 0 || (bounds === 'share' && v > 1)) {
      throw new RangeError(
        `estimate${what === undefined ? '' : ` of ${what}`}: expected ${bounds === 'share' ? 'a share from 0 to 1' : 'a value ≥ 0'} in every replication, found ${v}`,
      );
    }
  }
}
