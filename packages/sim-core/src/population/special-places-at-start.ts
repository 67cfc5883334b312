/**
 * State special schools at the start date as a run four years in finds them: full, with children
 * waiting for a place and places already on the way.
 *
 * Why: until model 0.13.0 the start put plan holders in state special schools by setting shares
 * alone, so the places (`placement.specialSchoolPlaces`, from the school census) and the children
 * holding them disagreed: the 2019 backtest started with about 98,000 holders for 120,761 places,
 * and filled the 22,000 free places before councils commissioned any (no new places until 2022,
 * against about 6,270 more pupils a year published 2016–2022, and the special-school share of
 * plans 4 points under SEN2's in 2021); the 2023 start had 3,700 free places, nobody waiting
 * and nothing commissioned, so it placed 1,150 children in independent schools in 2023 against
 * 8,450 in the backtest's 2023, then 9,300 and 10,850 in 2024–25 as the wave it had held back.
 *
 * So at the start:
 * - plan holders are placed in state special schools in the number of places (the census counts
 *   pupils, and most special schools are full, so places ≈ pupils): the setting shares'
 *   state-special weights are scaled, the other settings keep their proportions;
 * - `placement.waitingAtStart` × places children with a plan wait for a place in mainstream
 *   schools, and join the queue after the holders have taken theirs;
 * - `placement.commissionedAtStart` × places were commissioned in each of the Septembers whose
 *   places have not opened yet, and open as the lag gives.
 * The two shares are start-in-motion values, measured on the fitted 2019 backtest in January 2023
 * (like `la.highNeedsExcessAtStart`); re-measure them after a refit.
 */
import { exp } from '../foundation/portable-math.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** Children with a plan waiting for a state special place at the start (national count). */
export function waitingForPlaceAtStart(p: Params): number {
  return p['placement.specialSchoolPlaces'] * p['placement.waitingAtStart'];
}

/** Places commissioned in each September before the start whose places open after it (national count). */
export function commissionedEachYearBeforeStart(p: Params): number {
  return p['placement.specialSchoolPlaces'] * p['placement.commissionedAtStart'];
}

/** Plan holders who draw a setting from a set of weights: how many, and the state-special weight among the others. */
export interface SettingDraw {
  /** Expected plan holders drawing from these weights (national). */
  readonly holders: number;
  readonly stateSpecialWeight: number;
  readonly totalWeight: number;
}

/**
 * The factor on the state-special weights that puts `places` plan holders in state special
 * schools, expected over `draws` (school age, and post-16 before 19). The other weights stay as
 * they are, so a weight w becomes a share f·w ÷ (total − w + f·w); the expected holders rise with
 * f, and bisection finds it. Capped where even every eligible holder would not fill the places.
 */
export function stateSpecialWeightFactor(draws: readonly SettingDraw[], places: number): number {
  const holders = (f: number) =>
    draws.reduce(
      (sum, d) =>
        d.stateSpecialWeight > 0
          ? sum +
            (d.holders * f * d.stateSpecialWeight) /
              (d.totalWeight - d.stateSpecialWeight + f * d.stateSpecialWeight)
          : sum,
      0,
    );
  let lo = 0;
  let hi = 1;
  while (holders(hi) < places && hi < 1e6) hi *= 2;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    if (holders(mid) < places) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The share of an age band [lo, hi) below `x`, for the band's density as `ageWithinBand` draws it
 * (start-pipelines.ts): flat before `from`, falling at `hazard` a year after.
 */
export function bandShareBelow(lo: number, hi: number, from: number, hazard: number, x: number): number {
  const mass = (upTo: number) => {
    const end = Math.min(Math.max(upTo, lo), hi);
    const flat = Math.max(0, Math.min(end, from) - lo);
    const start = Math.max(lo, from);
    if (end <= start) return flat;
    if (hazard <= 0) return flat + (end - start);
    const atStart = exp(-hazard * (start - from));
    return flat + (atStart * (1 - exp(-hazard * (end - start)))) / hazard;
  };
  const total = mass(hi);
  return total > 0 ? mass(x) / total : 0;
}
