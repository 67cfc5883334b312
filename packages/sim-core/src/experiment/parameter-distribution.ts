/**
 * How probabilistic sensitivity analysis turns a point of the unit interval into a parameter
 * value: the inverse of the parameter's distribution over its plausible range, so a Latin
 * hypercube of the unit cube becomes a Latin hypercube of the parameters (each stratum of
 * probability holds one draw) and ranks are kept (Iman–Conover rearranges ranks only).
 *
 * - `uniform` (the default): every value in [low, high] equally likely.
 * - `triangular`: density rising linearly from low to the file's value (the mode) and falling
 *   to high, for a parameter whose evidence points at its value more than at the ends.
 *
 * Only + − × ÷ and `Math.sqrt` (correctly rounded), so every engine gives the same bits.
 */

/** A distribution over a plausible range, as `sendsim psa` samples it. */
export interface RangeDistribution {
  readonly kind: 'uniform' | 'triangular';
  readonly low: number;
  readonly high: number;
  /** The file's value: the mode of a triangular distribution. */
  readonly mode: number;
}

/**
 * The value with cumulative probability `u` (0 ≤ u < 1).
 *
 * @example
 * quantileOf({ kind: 'uniform', low: 10, high: 20, mode: 12 }, 0.5) // 15
 * quantileOf({ kind: 'triangular', low: 0, high: 1, mode: 1 }, 0.25) // 0.5
 */
export function quantileOf(d: RangeDistribution, u: number): number {
  const { low, high, mode } = d;
  const width = high - low;
  if (width === 0) return low;
  if (d.kind === 'uniform') return low + u * width;
  // Triangular: F(mode) = (mode − low) / width splits the two arms of the inverse.
  const atMode = (mode - low) / width;
  if (u < atMode) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
}
