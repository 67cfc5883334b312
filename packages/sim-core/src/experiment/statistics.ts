/**
 * Summaries over replications: the mean and a 95% confidence interval from Student's t
 * (replications are independent and identically distributed by construction).
 */
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

/** Mean and 95% interval of `values`; with one value the interval collapses to it. */
export function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n === 1) return { mean, lo: mean, hi: mean };
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const half = tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { mean, lo: mean - half, hi: mean + half };
}
