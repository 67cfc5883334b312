/**
 * How long things take: the distributions the engine samples when the statechart schedules
 * a timer. Each reads the child's context, the scenario's parameters and the child's own
 * timing stream (common random numbers), and returns a delay in days.
 */
import { DAYS_PER_YEAR } from '../engine/calendar.js';
import type { RandomStream } from '../engine/random-streams.js';
import { exponential } from '../engine/random-streams.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { JourneyContext } from './journey-context.js';
import type { DelayName } from './journey-events.js';
import { pathwayExitRatePerYear } from './journey-rules.js';
import { STATUTORY_DAYS } from './statutory-timelines.js';

export type JourneyDelay = (context: JourneyContext, p: Params, random: RandomStream, now: number) => number;

/** A time limit met with probability `compliance` (uniformly before it), else missed by an exponential overrun. */
function againstDeadline(
  random: RandomStream,
  deadline: number,
  compliance: number,
  meanOverrun: number,
): number {
  return random() < compliance
    ? deadline * (0.3 + 0.7 * random())
    : deadline + exponential(random, meanOverrun);
}

export const JOURNEY_DELAYS: Readonly<Record<DelayName, JourneyDelay>> = {
  now: () => 0,
  identificationBySchool: (_c, p, r) => exponential(r, p['identification.schoolMeanDays']),
  concernByParent: (c, p, r) => exponential(r, p['identification.parentMeanDays'] / (0.5 + c.advocacy)),
  escalation: (_c, p, r) => exponential(r, DAYS_PER_YEAR / Math.max(p['need.escalationRatePerYear'], 1e-6)),
  easing: (_c, p, r) => exponential(r, DAYS_PER_YEAR / Math.max(p['need.easingRatePerYear'], 1e-6)),
  crisisEpisode: (_c, p, r) => p['need.crisisDurationDays'] * (0.5 + r()),
  earlyHelpEpisode: (_c, p, r) => p['earlyHelp.episodeDays'] * (0.5 + r()),
  requestPreparation: (_c, p, r) => exponential(r, p['request.preparationDays']),
  laDecision: (_c, p, r) =>
    againstDeadline(r, STATUTORY_DAYS.decideWhetherToAssess, p['la.decisionCompliance'], 28),
  sixWeeks: (c, _p, _r, now) => Math.max(0, c.requestedOn + STATUTORY_DAYS.decideWhetherToAssess - now),
  twentyWeeks: (c, _p, _r, now) => Math.max(0, c.requestedOn + STATUTORY_DAYS.issueFinalPlan - now),
  epAssessment: (_c, p, r) => p['ep.assessmentDays'] * (0.75 + 0.5 * r()),
  // A week or two of LA casework after the EP's advice (assumption; the 16-week limit to notify a decision not to issue is rarely binding here).
  issueDecision: (_c, _p, r) => 7 + 14 * r(),
  drafting: (_c, p, r) => p['la.draftingMeanDays'] * (0.5 + r()),
  annualReview: (_c, p) => p['plan.annualReviewDays'],
  appealWindow: () => STATUTORY_DAYS.appealWindow,
  // Families who appeal do so within the window; the cap keeps the appeal before it closes.
  appealPreparation: (_c, p, r) =>
    Math.min(STATUTORY_DAYS.appealWindow - 1, p['redress.preparationDays'] * (0.5 + r())),
  mediation: () => STATUTORY_DAYS.mediationMeeting,
  laResponse: (_c, p, r) => exponential(r, p['redress.concessionMeanDays']),
  hearing: (_c, p, r) => p['tribunal.listingToDecisionDays'] * (0.75 + 0.5 * r()),
  orderCompliance: (_c, p, r) =>
    againstDeadline(r, STATUTORY_DAYS.amendPlanOrder, p['tribunal.orderCompliance'], 90),
  placementFallback: (_c, p) => p['placement.independentFallbackDays'],
  // Time until a young person on a post-plan pathway leaves it: the pathway's exit rates summed
  // (NEET leads to EET or to adult social care). Adult social care has no exit: it is never scheduled there.
  pathwayChange: (c, p, r) => exponential(r, DAYS_PER_YEAR / Math.max(pathwayExitRatePerYear(c, p), 1e-6)),
};
