/**
 * The Cholesky factor of a symmetric positive definite matrix: lower-triangular L with
 * A = L·Lᵀ. Probabilistic sensitivity analysis uses it twice: to check that a scenario's rank
 * correlations can hold together (a matrix of pairwise correlations need not be a correlation
 * matrix), and in the Iman–Conover method to turn uncorrelated scores into correlated ones.
 * Only + − × ÷ and `Math.sqrt` (correctly rounded by IEEE 754), so every engine gives the same bits.
 */

/**
 * L with A = L·Lᵀ, or `undefined` when `a` is not positive definite (a pivot at or below
 * `tolerance`, relative to the diagonal): the caller says what that means for its matrix.
 *
 * @example cholesky([[4, 2], [2, 3]]) // [[2, 0], [1, 1.4142135623730951]]
 */
export function cholesky(a: readonly (readonly number[])[], tolerance = 1e-10): number[][] | undefined {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let pivot = a[j]![j]!;
    for (let k = 0; k < j; k++) pivot -= l[j]![k]! * l[j]![k]!;
    if (!(pivot > tolerance * Math.max(1, Math.abs(a[j]![j]!)))) return undefined;
    const d = Math.sqrt(pivot);
    l[j]![j] = d;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = sum / d;
    }
  }
  return l;
}

/** X with L·X = B for lower-triangular L (forward substitution), B given by columns as rows of `b`. */
export function solveLower(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = l.length;
  const x = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}
