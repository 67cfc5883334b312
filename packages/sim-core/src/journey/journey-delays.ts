/**
 * How long things take: the distributions the engine samples when the statechart schedules
 * a timer. Each reads the child's context, the scenario's parameters and the child's own
 * timing stream (common random numbers), and returns a delay in days.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import type { RandomStream } from '../foundation/random-streams.js';
import { exponential } from '../foundation/random-streams.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { effectiveAdvocacy } from './effective-advocacy.js';
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

/** How long an LA that misses the six-week decision deadline overruns it, on average (assumption). */
const DECISION_MEAN_OVERRUN_DAYS = 28;
/** A week or two of LA casework after the EP's advice (assumption; the 16-week limit to notify a decision not to issue is rarely binding here). */
const ISSUE_DECISION_MIN_DAYS = 7;
const ISSUE_DECISION_SPAN_DAYS = 14;

export const JOURNEY_DELAYS: Readonly<Record<DelayName, JourneyDelay>> = {
  now: () => 0,
  identificationBySchool: (_c, p, r) => exponential(r, p['identification.schoolMeanDays']),
  concernByParent: (c, p, r) =>
    exponential(r, p['identification.parentMeanDays'] / (0.5 + effectiveAdvocacy(c.advocacy, p))),
  escalation: (_c, p, r) => exponential(r, DAYS_PER_YEAR / Math.max(p['need.escalationRatePerYear'], 1e-6)),
  easing: (_c, p, r) => exponential(r, DAYS_PER_YEAR / Math.max(p['need.easingRatePerYear'], 1e-6)),
  crisisEpisode: (_c, p, r) => p['need.crisisDurationDays'] * (0.5 + r()),
  earlyHelpEpisode: (_c, p, r) => p['earlyHelp.episodeDays'] * (0.5 + r()),
  requestPreparation: (_c, p, r) => exponential(r, p['request.preparationDays']),
  laDecision: (_c, p, r) =>
    againstDeadline(
      r,
      STATUTORY_DAYS.decideWhetherToAssess,
      p['la.decisionCompliance'],
      DECISION_MEAN_OVERRUN_DAYS,
    ),
  sixWeeks: (c, _p, _r, now) => Math.max(0, c.requestedOn + STATUTORY_DAYS.decideWhetherToAssess - now),
  twentyWeeks: (c, _p, _r, now) => Math.max(0, c.requestedOn + STATUTORY_DAYS.issueFinalPlan - now),
  epAssessment: (_c, p, r) => p['ep.assessmentDays'] * (0.75 + 0.5 * r()),
  issueDecision: (_c, _p, r) => ISSUE_DECISION_MIN_DAYS + ISSUE_DECISION_SPAN_DAYS * r(),
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

/**
 * The means of the delays a request for assessment and a dispute go through, each the mean of its
 * sampler above: the start date's requests, assessments and disputes in progress are as many as
 * the year's flows keep in each stage for these times (synthetic-population.ts).
 */
export const MEAN_STATUTORY_DAYS = {
  laDecision: (p: Params) => {
    const compliance = p['la.decisionCompliance'];
    const deadline = STATUTORY_DAYS.decideWhetherToAssess;
    // Within the limit: uniform over 30–100% of it; beyond it: the deadline plus the mean overrun.
    return compliance * deadline * 0.65 + (1 - compliance) * (deadline + DECISION_MEAN_OVERRUN_DAYS);
  },
  epAssessment: (p: Params) => p['ep.assessmentDays'],
  issueDecision: () => ISSUE_DECISION_MIN_DAYS + ISSUE_DECISION_SPAN_DAYS / 2,
  drafting: (p: Params) => p['la.draftingMeanDays'],
  appealPreparation: (p: Params) => {
    // The mean of min(cap, P × (0.5 + r)) with r uniform: P unless the cap cuts the top off.
    const P = p['redress.preparationDays'];
    const cap = STATUTORY_DAYS.appealWindow - 1;
    const lo = 0.5 * P;
    if (cap >= 1.5 * P) return P;
    if (cap <= lo) return cap;
    return (cap * cap - lo * lo) / (2 * P) + (1 - (cap - lo) / P) * cap;
  },
  mediation: () => STATUTORY_DAYS.mediationMeeting,
} as const satisfies Partial<Record<DelayName, (p: Params) => number>>;

/**
 * The longest each stage a start holds in progress can last, each the top of its sampler above
 * (population/stage-in-progress.ts draws their lengths length-biased under these bounds). An LA's
 * overrun of the decision deadline is exponential, with no top: ten mean overruns past the
 * deadline leaves out one overrun in 22,000.
 */
export const LONGEST_STATUTORY_DAYS = {
  laDecision: () => STATUTORY_DAYS.decideWhetherToAssess + 10 * DECISION_MEAN_OVERRUN_DAYS,
  epAssessment: (p: Params) => 1.25 * p['ep.assessmentDays'],
  issueDecision: () => ISSUE_DECISION_MIN_DAYS + ISSUE_DECISION_SPAN_DAYS,
  drafting: (p: Params) => 1.5 * p['la.draftingMeanDays'],
  appealPreparation: (p: Params) =>
    Math.min(STATUTORY_DAYS.appealWindow - 1, 1.5 * p['redress.preparationDays']),
  hearing: (p: Params) => 1.25 * p['tribunal.listingToDecisionDays'],
} as const satisfies Partial<Record<DelayName, (p: Params) => number>>;
