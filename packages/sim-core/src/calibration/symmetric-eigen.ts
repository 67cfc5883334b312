/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method
 * (Golub & Van Loan, Matrix Computations, 4th ed., §8.5): rotate away each off-diagonal entry
 * in turn until none is left. It is the simplest method that is accurate for the symmetric
 * covariance matrices the calibration search needs (25 × 25), and it uses only + − × ÷ and
 * square roots, which IEEE 754 specifies exactly, so the search is reproducible on every
 * JavaScript engine (library solvers call `Math.hypot`, which engines approximate differently).
 */

export interface SymmetricEigen {
  /** Eigenvalues, in the order of the columns of `vectors`. */
  readonly values: number[];
  /** Eigenvectors as columns: `vectors[i][k]` is component i of the k-th eigenvector. */
  readonly vectors: number[][];
}

/** The eigen-decomposition of the symmetric matrix `a` (only its upper triangle is read). */
export function symmetricEigen(a: readonly (readonly number[])[], maxSweeps = 50): SymmetricEigen {
  const n = a.length;
  const m = a.map((row, i) => row.map((_, j) => (j >= i ? a[i]![j]! : a[j]![i]!)));
  const v: number[][] = a.map((_, i) => a.map((_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += m[i]![j]! * m[i]![j]!;
    if (off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p]![q]!;
        if (apq === 0) continue;
        // The rotation that zeroes m[p][q] (the smaller of the two angles, for stability).
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!;
          const mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!;
          const mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((row, i) => row[i]!), vectors: v };
}
