/**
 * Local areas: how a service's national capacity is shared out across England.
 *
 * Educational psychology is a local service, and local authorities differ widely in how much of
 * it they have for their children (EPI 2025: one EP per 480 pupils in the best-served LA, one per
 * 9,400 in the worst). One national queue would pool all of it, so once demand passed national
 * capacity every child would wait at once and the share of plans issued within 20 weeks would
 * fall off a cliff. In England timely and late LAs coexist, and the national share drifts down
 * as more of them fall behind. So the model splits children into `LOCAL_AREA_GROUPS` equal
 * groups of LAs ordered by capacity relative to demand, each with its own queue; a child always
 * belongs to the same group, in every scenario (common random numbers).
 *
 * Group k's capacity relative to its share of demand is proportional to exp(σ·z_k), z_k the
 * standard normal quantile at the middle of the k-th tenth (a lognormal spread of LAs, σ =
 * `ep.localCapacitySpread`), scaled so the groups add up to the national capacity.
 */
import { apportionCapped } from '../foundation/largest-remainder.js';
import { normalQuantile } from '../foundation/normal-quantile.js';
import { exp } from '../foundation/portable-math.js';

/** Groups of LAs (tenths of England's children) that hold their own capacity. */
export const LOCAL_AREA_GROUPS = 10;

/**
 * The local area group of `child`: a fixed integer hash of the id, so it needs no random draw
 * and is the same in every scenario and every engine.
 */
export function localAreaOf(child: number, groups: number): number {
  if (groups === 1) return 0;
  let h = Math.imul(child ^ (child >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return ((h ^ (h >>> 16)) >>> 0) % groups;
}

/** Each group's share of national capacity (sums to 1) for a lognormal spread `spread`. */
export function localCapacityShares(spread: number, groups = LOCAL_AREA_GROUPS): number[] {
  const weights = Array.from({ length: groups }, (_, k) => exp(spread * normalQuantile((k + 0.5) / groups)));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/**
 * Whole slots per group: `total` slots (at least one per group) shared in proportion to
 * `shares` by largest remainder, so the groups add up to the national number of slots and
 * rounding does not lose capacity at small scales.
 */
export function apportionSlots(total: number, shares: readonly number[]): number[] {
  const slots = apportionCapped(Math.max(shares.length, Math.floor(total)), shares);
  // Every group keeps at least one slot, taken from the largest (whole ≥ groups, so one has two).
  for (let k = 0; k < slots.length; k++) {
    if (slots[k] === 0) {
      slots[k] = 1;
      slots[slots.indexOf(Math.max(...slots))]!--;
    }
  }
  return slots;
}
