/**
 * Ranks and Spearman's rank correlation, for probabilistic sensitivity analysis: which
 * parameters' draws go with the largest effects (a monotone relation counts fully, whatever its
 * shape), and whether the Iman–Conover method gave the draws the rank correlations asked for.
 * Ties share the mean of their ranks, and a tie is decided by value alone, so the result never
 * depends on the order the values came in.
 */

/** Ranks 1..n of `values`; tied values share the mean of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]! || i - j);
  const result = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const mean = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k]!] = mean;
    start = end + 1;
  }
  return result;
}

/** Pearson's correlation of `x` and `y` (equal lengths); NaN when either does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's rank correlation of `x` and `y`: Pearson's correlation of their ranks. NaN when
 * either does not vary or there are fewer than 3 pairs (two points always correlate ±1).
 *
 * @example spearman([1, 2, 3, 4], [10, 30, 20, 40]) // 0.8
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) {
    throw new RangeError(`spearman: expected two lists of one length, found ${x.length} and ${y.length}`);
  }
  if (x.length < 3) return Number.NaN;
  return pearson(ranks(x), ranks(y));
}
