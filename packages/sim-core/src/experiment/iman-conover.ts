/**
 * The Iman–Conover method (Iman & Conover 1982, "A distribution-free approach to inducing rank
 * correlation among input variables"): rearrange each column of a sample so the columns have
 * (close to) a target rank correlation, without changing any value. Every column keeps exactly
 * the values it had, so each marginal distribution, and a Latin hypercube's one draw per
 * stratum, are untouched; only which values share a row changes.
 *
 * Steps, for n rows and the k columns to correlate (target C, k × k):
 * 1. Scores: column j of M holds the van der Waerden scores Φ⁻¹(i / (n + 1)), i = 1..n, in the
 *    rank order of the sample's column j (so M starts with the sample's own pairing, which a Latin
 *    hypercube has made random).
 * 2. E = the correlation matrix of M; F and P the Cholesky factors of E and C (E = F·Fᵀ, C = P·Pᵀ).
 * 3. T = M·(P·F⁻¹)ᵀ: its correlation is C exactly (F⁻¹ removes M's chance correlation, which the
 *    original paper leaves in; this is the refinement most implementations use).
 * 4. Each sample column is rearranged so its ranks equal those of T's column.
 * Pearson correlations of normal scores become rank correlations close to them (for normal
 * scores Spearman's ρ = (6/π)·asin(r/2), within 0.02 of r): the property test checks closeness.
 *
 * Deterministic: Φ⁻¹ is the portable `normalQuantile`; ranks are broken by row, never by chance.
 */
import { cholesky, solveLower } from '../foundation/cholesky.js';
import { normalQuantile } from '../foundation/normal-quantile.js';
import { pearson, ranks } from './rank-correlation.js';

/** Why a rank correlation cannot be induced, in words for the caller to place. */
export class RankCorrelationError extends RangeError {}

/**
 * `sample` (n rows) with the columns `columns` rearranged to have rank correlations near
 * `target` (k × k, symmetric, unit diagonal, positive definite, k = `columns.length`); other
 * columns unchanged. Throws `RankCorrelationError` when `target` is not positive definite, or
 * when n is too small for k columns (at least k + 2 rows are needed for the scores' correlation
 * matrix to be positive definite).
 *
 * @example
 * imanConover(latinHypercube(200, 3, random), [0, 1], [[1, 0.6], [0.6, 1]])
 * // columns 0 and 1 now have a rank correlation of about 0.6; every column holds the same values
 */
export function imanConover(
  sample: readonly (readonly number[])[],
  columns: readonly number[],
  target: readonly (readonly number[])[],
): number[][] {
  const out = sample.map((row) => [...row]);
  const k = columns.length;
  if (k === 0) return out;
  const n = sample.length;
  const p = cholesky(target);
  if (p === undefined) {
    throw new RankCorrelationError(
      'a set of rank correlations that can hold together (a positive definite matrix)',
    );
  }
  if (n < k + 2) {
    throw new RankCorrelationError(`at least ${k + 2} draws to correlate ${k} parameters`);
  }
  const scores = Array.from({ length: n }, (_, i) => normalQuantile((i + 1) / (n + 1)));
  // M: one row per draw, one column per correlated parameter.
  const m = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  columns.forEach((column, j) => {
    const r = ranks(sample.map((row) => row[column]!));
    for (let i = 0; i < n; i++) m[i]![j] = scores[r[i]! - 1]!;
  });
  const e = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) =>
      a === b
        ? 1
        : pearson(
            m.map((row) => row[a]!),
            m.map((row) => row[b]!),
          ),
    ),
  );
  const f = cholesky(e);
  if (f === undefined) {
    throw new RankCorrelationError(`more draws: the draws of ${k} parameters are too few to correlate`);
  }
  // T row = P·F⁻¹·(M row): solve F·y = M row, then multiply by P.
  const t = m.map((row) => {
    const y = solveLower(f, row);
    return p.map((pRow) => pRow.reduce((sum, x, c) => sum + x * y[c]!, 0));
  });
  columns.forEach((column, j) => {
    const sorted = sample.map((row) => row[column]!).sort((a, b) => a - b);
    // Row i gets the value whose rank is T's rank of row i (ties in T broken by row).
    const order = t.map((_, i) => i).sort((a, b) => t[a]![j]! - t[b]![j]! || a - b);
    order.forEach((row, rank) => {
      out[row]![column] = sorted[rank]!;
    });
  });
  return out;
}
