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
 * Both shares are start-in-motion values for the 2023 start, measured on the fitted 2019 backtest
 * (like `la.highNeedsExcessAtStart`); re-measure them after a refit. The backtest's own start
 * takes the census's growth in state special pupils (2016–2022) as its commissioned share, since
 * no earlier run is modelled. From 0.16.0 to 0.17.0 the 2023 start took it too; until 0.16.0 both
 * measured it on the backtest, which was circular while the backtest's councils commissioned too
 * slowly (they carried their own slowness to the start). Since they forecast demand, the backtest's
 * places follow the census (a start-consistency target), so the 2023 start can measure it there:
 * with the census's 5% it opened 2,000–4,000 fewer places in its first two Septembers than the
 * backtest did, its queue grew, and its new independent placements ran 2,500–2,900 a year above
 * the backtest's in 2024–25.
 */
import { increasingRoot } from '../foundation/increasing-root.js';
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

/** The factors on the state-special weights at primary age (5–10), secondary age (11–15) and 16–18. */
export interface StateSpecialFactors {
  readonly primary: number;
  readonly secondary: number;
  readonly sixthForm: number;
}

/** What fixes the start's profile of state special pupils over ages (see `stateSpecialWeightFactors`). */
export interface StateSpecialProfile {
  /** The school-age weights read on state schools alone (mainstream, resourced, special), as the census counts. */
  readonly stateSchools: Pick<SettingDraw, 'stateSpecialWeight' | 'totalWeight'>;
  /** The share at 11–15 as a multiple of the share at 5–10 (population.stateSpecialSecondaryToPrimary). */
  readonly secondaryToPrimary: number;
  /** The share of special-school pupils still in education after 16 (1 − placement.neetAt16Probability). */
  readonly stayAfter16: number;
}

/** A state-special weight w among `total` scaled by f becomes this share. */
const shareAt = (f: number, w: number, total: number) => (f * w) / (total - w + f * w);
/** The factor on w that gives `share` (the inverse of shareAt). */
const factorFor = (share: number, w: number, total: number) => (share * (total - w)) / ((1 - share) * w);
/** A share an older age group's may not pass however high the primary one is (below 1: a finite factor). */
const MAX_SHARE = 0.999;

/**
 * The factors on the state-special weights that put `places` plan holders in state special
 * schools at the start, with
 * - at secondary age, the share of plan holders in state schools who are in special schools
 *   `secondaryToPrimary` times the share at primary age (the school census's profile);
 * - at 16–18, as many special-school pupils a year of age as at 11–15, less those who leave
 *   education at 16: the model keeps special-school pupils to 19 (until model 0.15.0 they took
 *   the post-16 setting shares, whose special-school share is a remainder no source gives, and
 *   the start held half the sixth-formers the model's own rules keep, so a run's first years
 *   freed fewer places at 19 than a run from an earlier start).
 * The other weights stay as they are, so a weight w becomes a share f·w ÷ (total − w + f·w); the
 * expected holders rise with the primary factor, and bisection finds it. Capped where even every
 * eligible holder would not fill the places.
 */
export function stateSpecialWeightFactors(
  draws: { readonly primary: SettingDraw; readonly secondary: SettingDraw; readonly sixthForm: SettingDraw },
  places: number,
  profile: StateSpecialProfile,
): StateSpecialFactors {
  const { primary, secondary, sixthForm } = draws;
  const { stateSpecialWeight: w, totalWeight: stateTotal } = profile.stateSchools;
  const within = (d: SettingDraw, share: number) =>
    d.stateSpecialWeight > 0 ? factorFor(Math.min(share, MAX_SHARE), d.stateSpecialWeight, d.totalWeight) : 0;
  const atFactor = (f: number) => {
    const secondaryFactor =
      w > 0
        ? factorFor(
            Math.min(profile.secondaryToPrimary * shareAt(f, w, stateTotal), MAX_SHARE),
            w,
            stateTotal,
          )
        : f;
    const held = (d: SettingDraw, g: number) =>
      d.stateSpecialWeight > 0 ? d.holders * shareAt(g, d.stateSpecialWeight, d.totalWeight) : 0;
    const atSecondary = held(secondary, secondaryFactor);
    // Three years of age (16, 17, 18) at the secondary years' rate (five, 11 to 15).
    const sixthFormers = ((atSecondary * 3) / 5) * profile.stayAfter16;
    const sixthFormFactor = sixthForm.holders > 0 ? within(sixthForm, sixthFormers / sixthForm.holders) : 0;
    return {
      factors: { primary: f, secondary: secondaryFactor, sixthForm: sixthFormFactor },
      holders: held(primary, f) + atSecondary + held(sixthForm, sixthFormFactor),
    };
  };
  return atFactor(increasingRoot((f) => atFactor(f).holders, places, 0, 1, 100)).factors;
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
