/**
 * Where an increasing function reaches a value, by bisection: the start's shares solve two
 * equations that have no closed form (the hearing time that gives the start’s appeals in
 * progress, the state special weights that fill the places).
 */

/**
 * The x in [lo, hi] at which the increasing `f` reaches `target`, after `steps` halvings of the
 * bracket. While `f(hi)` is still below the target, `hi` doubles first (up to a million).
 */
export function increasingRoot(
  f: (x: number) => number,
  target: number,
  lo: number,
  hi: number,
  steps: number,
): number {
  let low = lo;
  let high = hi;
  while (f(high) < target && high < 1e6) high *= 2;
  for (let k = 0; k < steps; k++) {
    const mid = (low + high) / 2;
    if (f(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
