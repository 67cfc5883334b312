/**
 * Whole shares of a whole total in proportion to weights, by largest remainder: each share is
 * the floor of its exact share, and what is left goes one at a time to the share furthest below
 * its exact one (ties to the lower index), so the shares add up to the total and each is within
 * one of its exact share. Used for the EP slots of the local area groups and for the start's queue
 * for them.
 */

/**
 * `total` shared in proportion to `weights`, none above its `cap` (none by default): what the caps
 * turn away goes to the shares still below theirs in the same way, so all of `total` is shared
 * while the caps allow.
 */
export function apportionCapped(
  total: number,
  weights: readonly number[],
  cap: readonly number[] = weights.map(() => Number.POSITIVE_INFINITY),
): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const shares = exact.map((x, g) => Math.min(Math.floor(x), cap[g]!));
  for (let left = total - shares.reduce((a, b) => a + b, 0); left > 0; left--) {
    let best = -1;
    for (let g = 0; g < shares.length; g++)
      if (shares[g]! < cap[g]! && (best < 0 || exact[g]! - shares[g]! > exact[best]! - shares[best]!))
        best = g;
    if (best < 0) break;
    shares[best]!++;
  }
  return shares;
}
