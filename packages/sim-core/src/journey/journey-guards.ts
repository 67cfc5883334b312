/**
 * Named guards of the journey statechart. Each is a pure function of (context, event,
 * parameters) and reads only its own region's uniform draw, so that the xstate machine and
 * the compiled executor, which both call these same functions, agree on every step.
 * Where several guards split one draw (`u < a`, `a ≤ u < a + b`, …) each checks its own
 * band, so none depends on the order in which it is tried. One guard reads a second region's
 * draw, on purpose: whether a placement is contested (`appealsPlacement`, support region) turns
 * on whether the LA named the family's preferred school (the setting region's draw of the same
 * event), so the two regions ask one rule (`laNamesIndependentPreference`) of one draw.
 */
import type { Params } from '../scenario/parameter-catalogue.js';
import type { JourneyContext } from './journey-context.js';
import type { JourneyEvent } from './journey-events.js';
import {
  ageOn,
  appealProbability,
  assessProbability,
  crisisProbability,
  earlyYearsRequestProbability,
  exclusionProbability,
  laNamesIndependentPreference,
  nearSpecialistAtSecondary,
  placementContested,
  prefersIndependentSchool,
  provisionOf,
  requestProbability,
  reviewCallsForSpecialist,
  suspensionProbability,
} from './journey-rules.js';

export type JourneyGuard = (context: JourneyContext, event: JourneyEvent, p: Params) => boolean;

const mediationBands = (p: Params) => {
  const agree = p['redress.mediationAgreement'];
  return { agree, appeal: agree + p['redress.mediationFollowedByAppeal'] };
};

/**
 * From 18 an LA may cease a plan because the young person is no longer in education or
 * training (Children and Families Act 2014 s.45; SEND Regulations 2014 reg 29: calibration-targets
 * structure, plans_end); before 18 it may not, so plans held at 16 and 17 end only when needs are met.
 * A young person leaves education first (at 16, or from 18 at a birthday in further education:
 * the setting region) and keeps the plan until a review ceases it, so SEN2's plan holders not in
 * education are a stock with its own time in it, not a same-day step to the plan's end.
 */
export const CEASE_NOT_IN_EDUCATION_FROM_AGE = 18;

const planEndsNotInEducation: JourneyGuard = (c, e, p) =>
  c.outOfEducation &&
  ageOn(c, e.day) >= CEASE_NOT_IN_EDUCATION_FROM_AGE &&
  e.uSupport >= p['plan.ceaseNeedsMetProbability'] &&
  e.uSupport < p['plan.ceaseNeedsMetProbability'] + p['plan.ceaseNotInEducationProbability'];

/**
 * At a birthday from 18, a young person with a plan in further education moves on to higher
 * education or paid employment (SEN2's ceasing reasons), in the band of the setting draw just above
 * leaving: the plan ends then. The support region asks it too, so it tells further education from
 * the other settings a plan holder of 18 can be in: a special school's sixth form (specialist) or
 * out of education (the flag).
 */
const movesOnFromEducation: JourneyGuard = (c, e, p) => {
  const age = e.age ?? 0;
  const leaving = p['placement.leavesEducationProbability'];
  return (
    age >= CEASE_NOT_IN_EDUCATION_FROM_AGE &&
    age < p['plan.upperAge'] &&
    c.supportLevel === 'plan' &&
    !c.specialistSetting &&
    !c.outOfEducation &&
    e.uSetting >= leaving &&
    e.uSetting < leaving + p['placement.movesOnProbability']
  );
};

const familyWins: JourneyGuard = (_c, e, p) => e.uRedress < p['redress.familyWins'];

/** A placement appeal won at the hearing or conceded by the LA. */
const placementSecured: JourneyGuard = (c, e, p) =>
  c.appealType === 'placement' && (e.type === 'LA_CONCEDES' || familyWins(c, e, p));

/** A placement dispute settled at mediation in the family's favour. */
const placementAgreed: JourneyGuard = (c, e, p) =>
  c.appealType === 'placement' && e.uRedress < mediationBands(p).agree;

/** Whether an appeal of `type` cannot be registered: one about the school named, with no placement orders. */
const appealBarred = (type: JourneyContext['appealType'] | undefined, p: Params) =>
  type === 'placement' && p['redress.placementOrders'] < 1;

/** A family that asked for a special school but not an independent one, whose child has no specialist place yet nor seeks one. */
const wantsStatePlace = (c: JourneyContext, p: Params) =>
  !prefersIndependentSchool(c, p) && !c.specialistSetting && !c.seeksSpecialist;

export const JOURNEY_GUARDS = {
  // need
  needMet: (c, _e, p) => provisionOf(c, p) >= c.severity,
  needUnmet: (c, _e, p) => provisionOf(c, p) < c.severity,
  needResolved: (c, _e, p) => c.severity < p['provision.universal'],
  crisisOccurs: (c, e, p) => e.uNeed < crisisProbability(c, p),
  exclusionOccurs: (c, e, p) => e.uSetting < exclusionProbability(c, p),
  // The band of the same draw just above exclusion's: a suspension is an escalation in school
  // that is not a permanent exclusion, and each band is checked on its own (order-free).
  suspensionOccurs: (c, e, p) => {
    const excluded = exclusionProbability(c, p);
    return e.uSetting >= excluded && e.uSetting < excluded + suspensionProbability(c, p);
  },

  // support: requests and early help split the support draw into bands
  notifiedInEarlyYears: (c, e, p) => ageOn(c, e.day) < 5 && e.uSupport < earlyYearsRequestProbability(c, p),
  schoolRequests: (c, e, p) => e.uSupport < requestProbability(c, p) * p['request.schoolShare'],
  familyRequests: (c, e, p) => {
    const r = requestProbability(c, p);
    return e.uSupport >= r * p['request.schoolShare'] && e.uSupport < r;
  },
  referredToEarlyHelp: (c, e, p) => {
    const r = requestProbability(c, p);
    return e.uSupport >= r && e.uSupport < r + p['earlyHelp.referralProbability'];
  },
  // A request ends without a decision in the lowest band of the draw; the LA decides on the rest.
  requestWithdrawn: (_c, e, p) => e.uSupport < p['request.withdrawnBeforeDecision'],
  laAgreesToAssess: (c, e, p) => {
    const withdrawn = p['request.withdrawnBeforeDecision'];
    return e.uSupport >= withdrawn && e.uSupport < withdrawn + (1 - withdrawn) * assessProbability(c, p);
  },
  laIssuesPlan: (_c, e, p) => e.uSupport < p['la.issueProbability'],
  planEndsNeedsMet: (c, e, p) =>
    e.uSupport < p['plan.ceaseNeedsMetProbability'] && provisionOf(c, p) >= c.severity,
  planEndsNotInEducation,
  reachedUpperAge: (_c, e, p) => (e.age ?? 0) >= p['plan.upperAge'],
  reachedTwentyFive: (_c, e) => (e.age ?? 0) >= 25,

  // after the plan: where a young person goes when the plan ends, and moves between pathways
  entersAdultSocialCare: (_c, e, p) => e.uSupport < p['postPlan.adultSocialCareShare'],
  entersNeet: (_c, e, p) =>
    e.uSupport >= p['postPlan.adultSocialCareShare'] &&
    e.uSupport < p['postPlan.adultSocialCareShare'] + p['postPlan.neetShare'],
  // Of the moves out of NEET, the share into adult social care (the rest find education, work or training).
  neetEntersAdultSocialCare: (_c, e, p) =>
    e.uSupport <
    p['postPlan.neetToAdultSocialCarePerYear'] /
      Math.max(p['postPlan.neetToAdultSocialCarePerYear'] + p['postPlan.neetToEetPerYear'], 1e-9),
  reachedSixteen: (_c, e) => (e.age ?? 0) >= 16,
  reachedFive: (_c, e) => e.age === 5,
  reachedNineteen: (_c, e) => (e.age ?? 0) >= 19,

  // redress: the family's choices and the outcomes share the redress draw
  appealsRefusalToAssess: (c, e, p) => e.uRedress < appealProbability(c, 'refusalToAssess', p),
  appealsRefusalToIssue: (c, e, p) => e.uRedress < appealProbability(c, 'refusalToIssue', p),
  // Placement and contents appeals take opposite ends of the redress draw, so removing one
  // (no placement orders) neither adds to nor takes from the other.
  appealsPlanContents: (c, e, p) => e.uRedress >= 1 - appealProbability(c, 'planContents', p),
  appealsPlacement: (c, e, p) =>
    p['redress.placementOrders'] >= 1 &&
    placementContested(c, e.uSetting, p) &&
    e.uRedress < appealProbability(c, 'placement', p),
  // A review that finds a specialist need, where the LA names a cheaper placement or not the
  // independent school the family prefers: the amended plan's placement may be appealed (the
  // redress draw's top band, clear of the health and social care band at its bottom).
  appealsPlacementAtReview: (c, e, p) =>
    p['redress.placementOrders'] >= 1 &&
    c.appealType === 'none' &&
    reviewCallsForSpecialist(c, p) &&
    placementContested(c, e.uSetting, p) &&
    e.uRedress >= 1 - appealProbability(c, 'placement', p),
  // Single route of redress: a family whose plan was not delivered in full may appeal over its
  // health and social care parts; the redress draw's top band, clear of the plan-contents band's use at FINAL_PLAN.
  appealsHealthAndSocialCare: (c, e, p) =>
    !c.planDelivered && e.uRedress < appealProbability(c, 'healthAndSocialCare', p),
  winsHealthAndSocialCare: (c, e, p) =>
    familyWins(c, e, p) &&
    c.appealType === 'healthAndSocialCare' &&
    e.uSupport < p['redress.healthAndSocialCareFollowed'],
  concedesHealthAndSocialCare: (c) => c.appealType === 'healthAndSocialCare',
  mediationAgreesHealthAndSocialCare: (c, e, p) =>
    c.appealType === 'healthAndSocialCare' && e.uRedress < mediationBands(p).agree,
  noDisputeOpen: (c) => c.appealType === 'none',
  choosesMediation: (_c, e, p) => e.uRedress < p['redress.mediationTakeUp'],
  mediationAgrees: (_c, e, p) => e.uRedress < mediationBands(p).agree,
  mediationLeadsToAppeal: (c, e, p) => {
    const b = mediationBands(p);
    return e.uRedress >= b.agree && e.uRedress < b.appeal && !appealBarred(c.appealType, p);
  },
  // A dispute about the school named that was being prepared when placement orders went (at the
  // start of a reform that removes them, or when its lever takes effect) cannot become an appeal.
  appealBarred: (_c, e, p) => appealBarred(e.appealType, p),
  mediationEndsDispute: (_c, e, p) => e.uRedress >= mediationBands(p).appeal,
  laWillConcede: (_c, e, p) => e.uRedress < p['redress.laConcedes'],
  familyWillWithdraw: (_c, e, p) =>
    e.uRedress >= p['redress.laConcedes'] &&
    e.uRedress < p['redress.laConcedes'] + p['redress.familyWithdraws'],
  familyWins,
  familyLoses: (c, e, p) => !familyWins(c, e, p),
  winsPlanContents: (c, e, p) => familyWins(c, e, p) && c.appealType === 'planContents',
  // A placement won, conceded or agreed names the school the family asked for: the independent
  // school it prefers, or else a state special school, which the LA then looks for (a child
  // already in a special school keeps its place).
  winsOrConcededPlacement: (c, e, p) => placementSecured(c, e, p) && prefersIndependentSchool(c, p),
  winsOrConcededStatePlacement: (c, e, p) => placementSecured(c, e, p) && wantsStatePlace(c, p),
  mediationAgreesPlacement: (c, e, p) => placementAgreed(c, e, p) && prefersIndependentSchool(c, p),
  mediationAgreesStatePlacement: (c, e, p) => placementAgreed(c, e, p) && wantsStatePlace(c, p),

  // setting
  // The LA names a specialist placement for need that calls for one, unless it names a cheaper
  // one (the setting draw's lowest band; council-decisions.ts sets its width).
  needsSpecialist: (c, e, p) =>
    c.severity >= p['placement.specialistSeverity'] &&
    e.uSetting >= p['la.cheaperPlacementShare'] &&
    !laNamesIndependentPreference(c, e.uSetting, p),
  // ...or names the independent school the family prefers (the setting draw's top band).
  namesPreferredIndependent: (c, e, p) => laNamesIndependentPreference(c, e.uSetting, p),
  movesToSpecialistAtSecondary: (c, e, p) =>
    e.age === 11 &&
    c.supportLevel === 'plan' &&
    !c.specialistSetting &&
    !c.seeksSpecialist &&
    nearSpecialistAtSecondary(c, p) &&
    e.uSetting < p['placement.specialistMoveAtSecondary'],
  reviewFindsSpecialistNeed: (c, e, p) =>
    reviewCallsForSpecialist(c, p) &&
    e.uSetting >= p['la.cheaperPlacementShare'] &&
    !laNamesIndependentPreference(c, e.uSetting, p),
  reviewNamesPreferredIndependent: (c, e, p) =>
    reviewCallsForSpecialist(c, p) && laNamesIndependentPreference(c, e.uSetting, p),
  placedInResourced: (_c, e, p) => e.uSetting < p['placement.resourcedShare'],
  hasPlan: (c) => c.supportLevel === 'plan',
  // The plan ends at its upper age before 25: the young person leaves a school or college place.
  planEndsAtUpperAge: (c, e, p) =>
    c.supportLevel === 'plan' && (e.age ?? 0) >= p['plan.upperAge'] && (e.age ?? 0) < 25,
  // The same question (and draw) as the support region's `planEndsNotInEducation`, asked of a plan holder.
  planEndsLeavingEducation: (c, e, p) => c.supportLevel === 'plan' && planEndsNotInEducation(c, e, p),
  // At the first birthday from 16 (until 0.4.0 this guard had no age test, so a plan holder in a
  // school could leave education at any birthday).
  notInEducationAt16: (c, e, p) =>
    (e.age ?? 0) >= 16 && c.supportLevel === 'plan' && e.uSetting < p['placement.neetAt16Probability'],
  // At a birthday from 18, a young person with a plan in further education leaves it (the plan
  // stays until a review ceases it: planEndsNotInEducation).
  leavesEducation: (c, e, p) =>
    (e.age ?? 0) >= CEASE_NOT_IN_EDUCATION_FROM_AGE &&
    c.supportLevel === 'plan' &&
    e.uSetting < p['placement.leavesEducationProbability'],
  movesOnFromEducation,
} satisfies Record<string, JourneyGuard>;

export type JourneyGuardName = keyof typeof JOURNEY_GUARDS;

/**
 * The birthdays the journey reacts to, and so the only ones the engine delivers: school entry
 * (5), the move to secondary (11), and every year from 16 (the end of compulsory schooling,
 * leaving a special school at 19, a plan's upper age, at most 25) to 26. The guards above read
 * no other age: a test delivers every other age to random states and finds nothing changes.
 */
export const BIRTHDAY_AGES: readonly number[] = [5, 11, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26];

/** The birthday after age `age` that the journey reacts to, or undefined (BIRTHDAY_AGES ascending). */
export function nextBirthdayAge(age: number): number | undefined {
  for (const a of BIRTHDAY_AGES) if (a > age) return a;
  return undefined;
}

/**
 * The one birthday a young person on a post-plan pathway reacts to: 25, when they leave the
 * model. Nothing a pathway (or the adult setting it goes with) reads an earlier age, so the engine
 * skips the birthdays between the plan's end and 25 (a test delivers them and finds nothing changes).
 */
export const POST_PLAN_BIRTHDAY_AGE = 25;
