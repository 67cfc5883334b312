/**
 * What the calibration fit minimises, and the precision its values are written with.
 */

/**
 * A fitted value as it is written into the baseline file: four significant figures (values
 * come from a stochastic search, not a measurement). The fit evaluates only such values, so
 * the file reproduces the fit's result exactly.
 */
export function roundFitted(x: number): number {
  return Number(x.toPrecision(4));
}

/** Added for a target outside its tolerance: a near miss (score just over 1) then costs four times a near pass. */
export const MISS_PENALTY = 3;

/**
 * The calibration objective: the sum over evaluated targets of the squared score (error ÷
 * allowed error), each capped at 5 so one wild target cannot swamp the rest, plus a fixed
 * penalty for each target outside its tolerance, so that the search values what acceptance
 * counts (targets passed) and not only closeness; the EHCP stock targets count four times
 * (every one must pass).
 */
export function calibrationObjective(
  rows: ReadonlyArray<{ readonly score: number | null; readonly target: { readonly metric: string } }>,
): number {
  let total = 0;
  for (const row of rows) {
    if (row.score === null) continue;
    const capped = Math.min(row.score, 5);
    const miss = row.score > 1 ? MISS_PENALTY : 0;
    total += (row.target.metric === 'ehcp_stock_all_ages' ? 4 : 1) * (capped * capped + miss);
  }
  return total;
}
