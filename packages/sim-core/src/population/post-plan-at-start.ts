/**
 * Young people on a post-plan pathway at the start date: those whose plan an LA ceased because
 * they had left education or moved on to higher education or work, aged 18 to 24, in education,
 * employment or training, not (NEET), or in adult social care.
 *
 * Why: until model 0.15.0 the start held none, so their stocks, adult social care's costs and
 * their crises built up over the first six years (a run started in 2023 had a sixth fewer crises
 * in 2023 than one started in 2019, most of them among these young people), and every outcome at
 * 16–24 began at zero.
 *
 * How many: the start's plan holders from 18 already thin out at the yearly hazard h that moving
 * on and the annual reviews' ceasing for leaving education give (`planEndingHazard`,
 * `ageWithinBand`): at age a a band holds its holders at 18 times exp(−h·(a − 18)). The ones the
 * hazard took are the young people on a pathway, so at each age there are holders ×
 * (exp(h·(a − 18)) − 1) of them, times `population.postPlanAtStart`: the count assumes cohorts of
 * equal size and h from 18 for everyone, and overstates what a run four years in holds (from model
 * 0.19.0 the multiple is measured on the 2019 backtest). Which pathway each is on is replayed from the
 * day its plan ended (drawn from the same hazard), with the statechart's own entry shares and
 * times between changes (`JOURNEY_DELAYS.pathwayChange`). Their severities take the shape the
 * model's own dynamics give them (measured on the 2019 backtest in January 2023, like the other
 * start-in-motion values; re-measure after a refit).
 */
import { exp, log } from '../foundation/portable-math.js';
import type { RandomStream } from '../foundation/random-streams.js';
import type { JourneyContext } from '../journey/journey-context.js';
import { JOURNEY_DELAYS } from '../journey/journey-delays.js';
import { CEASE_NOT_IN_EDUCATION_FROM_AGE } from '../journey/journey-guards.js';
import { pathwayExitRatePerYear } from '../journey/journey-rules.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** The pathway leaves of the support region a young person can start on. */
export type PathwayLeaf = 'postPlan.eet' | 'postPlan.neet' | 'postPlan.adultSocialCare';

/** A published age band of plan holders from 18: its years and its holders (national). */
export interface PlanHolderBand {
  readonly lo: number;
  readonly hi: number;
  readonly holders: number;
}

/**
 * Shares of ten equal bands of severity from 0 to 1 among young people on a pathway, measured on
 * the 2019 backtest in January 2023 with the plan holders' shapes (plan-severity-at-start.ts, to a
 * fixed point; model 0.23.0 as fitted, seed 1, 16 replications at 1%: 74,200 young people
 * nationally; 75,500 in model 0.20.0, whose shape held until then; before it model 0.16.0's,
 * 85,100, with a mean need of 0.76). Most
 * have the needs that kept them out of education, left unmet since.
 */
export const POST_PLAN_SEVERITY_SHAPE_AT_START: readonly number[] = [
  6090, 3340, 4490, 3530, 4260, 5780, 8930, 13660, 12620, 11480,
];

/** Plans end at 25 at the latest, and a young person on a pathway leaves the model at 25. */
const LAST_AGE = 25;
const FROM = CEASE_NOT_IN_EDUCATION_FROM_AGE;

/** The part of a band on a pathway, per holder at the band's density: ∫ (1 − exp(−h·(a − 18))) da over [A, B). */
function lostWithin(a: number, b: number, hazard: number): number {
  if (b <= a) return 0;
  return b - a - (exp(-hazard * (a - FROM)) - exp(-hazard * (b - FROM))) / hazard;
}

/** ∫ of the band's density (1 before 18, exp(−h·(a − 18)) after) over [lo, hi): what `ageWithinBand` normalises by. */
function bandMass(lo: number, hi: number, hazard: number): number {
  const flat = Math.max(0, Math.min(hi, FROM) - lo);
  const start = Math.max(lo, FROM);
  return start >= hi ? flat : flat + (exp(-hazard * (start - FROM)) - exp(-hazard * (hi - FROM))) / hazard;
}

/** Young people on a pathway each band implies (national), in the bands' order. */
export function postPlanByBand(bands: readonly PlanHolderBand[], hazard: number): number[] {
  return bands.map(({ lo, hi, holders }) =>
    hazard > 0
      ? (holders * lostWithin(Math.max(lo, FROM), Math.min(hi, LAST_AGE), hazard)) / bandMass(lo, hi, hazard)
      : 0,
  );
}

/**
 * An age on a pathway within [lo, hi) ∩ [18, 25), with density ∝ 1 − exp(−h·(a − 18)), from the
 * uniform draw `u` (inverse transform, by bisection: the density has no closed-form inverse).
 */
export function postPlanAge(lo: number, hi: number, hazard: number, u: number): number {
  const a = Math.max(lo, FROM);
  const b = Math.min(hi, LAST_AGE);
  const target = u * lostWithin(a, b, hazard);
  let low = a;
  let high = b;
  for (let k = 0; k < 50; k++) {
    const mid = (low + high) / 2;
    if (lostWithin(a, mid, hazard) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Years since the plan of a young person now `age` ended: its end drawn at the hazard, given that
 * it ended after 18 and before now (density ∝ exp(−h·(x − 18)) on [18, age]).
 */
export function yearsSincePlanEnded(age: number, hazard: number, u: number): number {
  const span = Math.max(0, age - FROM);
  if (hazard <= 0) return (1 - u) * span;
  const endedAt = FROM - log(1 - u * (1 - exp(-hazard * span))) / hazard;
  return Math.max(0, age - Math.min(endedAt, age));
}

/**
 * Of the plans that end from 18 before 25, the share that end as the young person moves on to
 * higher education or work (the rest end after leaving education): the two routes out of further
 * education are bands of one draw a birthday.
 */
export function movedOnShare(p: Params): number {
  const movesOn = p['placement.movesOnProbability'];
  const exits = movesOn + p['placement.leavesEducationProbability'];
  return exits > 0 ? movesOn / exits : 0;
}

/**
 * Replays the pathway of a young person whose plan ended `daysAgo`: entered as the statechart
 * enters it (education or work for one who moved on; otherwise PATHWAY_STARTS's adult social
 * care, NEET or education, employment or training by the postPlan shares), then moved at each
 * change the statechart would have made since. Sets `context.supportLevel` and returns the leaf;
 * the next change is the caller's to schedule (the time to it is memoryless, so a fresh draw is
 * the right one).
 */
export function replayPathway(
  context: JourneyContext,
  daysAgo: number,
  p: Params,
  r: RandomStream,
): PathwayLeaf {
  const movedOn = movedOnShare(p);
  const u = r();
  // One draw: its lowest band moved on; the rest, rescaled, picks the pathway after leaving.
  const v = u < movedOn ? 1 : (u - movedOn) / (1 - movedOn);
  context.supportLevel =
    v < p['postPlan.adultSocialCareShare']
      ? 'adultSocialCare'
      : v < p['postPlan.adultSocialCareShare'] + p['postPlan.neetShare']
        ? 'postPlanNEET'
        : 'postPlanEET';
  let left = daysAgo;
  while (pathwayExitRatePerYear(context, p) > 0) {
    const held = JOURNEY_DELAYS.pathwayChange(context, p, r, 0);
    if (held >= left) break;
    left -= held;
    if (context.supportLevel === 'postPlanEET') context.supportLevel = 'postPlanNEET';
    else {
      const toCare = p['postPlan.neetToAdultSocialCarePerYear'];
      const toWork = p['postPlan.neetToEetPerYear'];
      context.supportLevel = r() * (toCare + toWork) < toCare ? 'adultSocialCare' : 'postPlanEET';
    }
  }
  return context.supportLevel === 'adultSocialCare'
    ? 'postPlan.adultSocialCare'
    : context.supportLevel === 'postPlanNEET'
      ? 'postPlan.neet'
      : 'postPlan.eet';
}
