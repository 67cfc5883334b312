/**
 * The start's statutory pipelines, sized so they empty at the rate the model refills them
 * (Little's law: a stage holds its yearly flow × the model's own mean time in it), and the age a
 * plan holder has within a published age band. The published flows are the scenario's
 * `population.requestsPerYear` (times `population.requestFlowAtStart`, the model's own flow around
 * the start), `population.requestsRefusedShare` and `population.appealsPerYear`; the stage times
 * are the means of the delays the statechart samples (`MEAN_STATUTORY_DAYS`). A
 * stock taken from a published flow and a published-looking duration the model does not have
 * would empty faster or slower, and the first months would show a bump or a dip.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { increasingRoot } from '../foundation/increasing-root.js';
import { exp, log } from '../foundation/portable-math.js';
import { MEAN_STATUTORY_DAYS } from '../journey/journey-delays.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/**
 * Initial requests a year in the months before the start date as the model makes them: the
 * published year's (`population.requestsPerYear`) times `population.requestFlowAtStart`, measured
 * on the 2019 backtest. Sized from the published 114,482 of 2022 (until model 0.27.0), the 2023
 * start held about 8% more requests awaiting a decision than the model's own flow keeps (its 2019
 * backtest made about 105,000 in 2022), and they were decided together in January: 0.088 of the
 * year's decisions against the backtest's 0.079 (20 replications at 1%).
 */
export function requestFlowAtStart(p: Params): number {
  return p['population.requestsPerYear'] * p['population.requestFlowAtStart'];
}

/** Requests awaiting the LA's decision at the start date: the flow times the model's mean decision time. */
export function requestsInProgress(p: Params): number {
  return (requestFlowAtStart(p) * MEAN_STATUTORY_DAYS.laDecision(p)) / DAYS_PER_YEAR;
}

/** Requests a year the LA agrees to assess: neither refused nor ended without a decision (`request.withdrawnBeforeDecision`). */
export function agreedPerYear(p: Params): number {
  return (
    requestFlowAtStart(p) *
    Math.max(0, 1 - p['population.requestsRefusedShare'] - p['request.withdrawnBeforeDecision'])
  );
}

/**
 * Assessments under way at the start date (with an educational psychologist, the LA deciding to
 * issue, or drafting): the year's agreed requests times the model's mean time from the start of an
 * assessment to a final plan. Counting the requests refused or withdrawn too held a tenth more
 * assessments at the start than the model completes, a bunch of completions in the first months.
 */
export function assessmentsInProgress(p: Params): number {
  const days =
    MEAN_STATUTORY_DAYS.epAssessment(p) +
    MEAN_STATUTORY_DAYS.issueDecision() +
    MEAN_STATUTORY_DAYS.drafting(p);
  return (agreedPerYear(p) * days) / DAYS_PER_YEAR;
}

/**
 * Agreed requests waiting for an educational psychologist at the start date: the queue a run
 * four years in holds (`population.epWaitingAtStart`, a multiple of the assessments under way),
 * in the groups short of psychologists (`ep-queue-at-start.ts`). Until model 0.20.0 the start held
 * none: the 2019 backtest holds about 2,500 in January 2023, and a 2023 start's queue took half a
 * year to build, with shorter waits and fewer locums bought (so fewer assessments completed) in
 * the meantime.
 */
export function epWaitingInProgress(p: Params): number {
  return assessmentsInProgress(p) * p['population.epWaitingAtStart'];
}

/**
 * Disputes opened and not yet registered at the tribunal at the start date: families preparing an
 * appeal (within the two-month window) or in mediation. Disputes open at the rate that gives the
 * year's appeals (`population.appealsPerYear`) once some end at mediation
 * (`redress.mediationTakeUp`, of which `redress.mediationFollowedByAppeal` go on to appeal), and
 * each spends the model's own mean time preparing, and a mediation meeting's time for those who
 * mediate. Without them a run's first weeks register almost no appeals.
 */
export function disputesInProgress(p: Params): number {
  return (
    (disputesOpenedPerYear(p) * (MEAN_STATUTORY_DAYS.appealPreparation(p) + mediatingDays(p))) / DAYS_PER_YEAR
  );
}

/**
 * The shares of the appeals in progress at the start that the LA will concede and that the family
 * will withdraw (the rest await a decision at a hearing). The statechart draws them at registration
 * with `redress.laConcedes` and `redress.familyWithdraws`, but an appeal still in progress is a
 * survivor: one to be conceded or withdrawn stays until the LA's response (an exponential with mean
 * `redress.concessionMeanDays`) or its hearing, whichever comes first; one to be decided stays until
 * its hearing. Each band is weighted by its mean time in progress, with the hearing time that makes
 * the mean over all of them the start's own (`population.appealsInProgress` ÷
 * `population.appealsPerYear`, Little's law). Drawn with the registration shares (until model
 * 0.17.1), the start held too few appeals awaiting a decision.
 */
export function appealOutcomesInProgress(p: Params): { readonly concede: number; readonly withdraw: number } {
  const concede = p['redress.laConcedes'];
  const withdraw = p['redress.familyWithdraws'];
  const decided = Math.max(0, 1 - concede - withdraw);
  const m = p['redress.concessionMeanDays'];
  const inProgressDays =
    (p['population.appealsInProgress'] / Math.max(p['population.appealsPerYear'], 1e-9)) * DAYS_PER_YEAR;
  /** Mean days in progress of an appeal the LA's response would end, with its hearing `t` days on. */
  const respondedDays = (t: number) => m * (1 - exp(-t / m));
  const meanDays = (t: number) => (concede + withdraw) * respondedDays(t) + decided * t;
  // meanDays rises with t: find the hearing time that gives the start's time in progress.
  const hearing = increasingRoot(meanDays, inProgressDays, 0, Math.max(inProgressDays, 1), 60);
  const total = meanDays(hearing);
  if (!(total > 0)) return { concede, withdraw };
  const responded = respondedDays(hearing);
  return { concede: (concede * responded) / total, withdraw: (withdraw * responded) / total };
}

function disputesOpenedPerYear(p: Params): number {
  const mediate = p['redress.mediationTakeUp'];
  const reachTribunal = 1 - mediate + mediate * p['redress.mediationFollowedByAppeal'];
  return p['population.appealsPerYear'] / Math.max(reachTribunal, 1e-9);
}

/** Days in mediation a dispute spends on average (those who do not mediate spend none). */
export function mediatingDays(p: Params): number {
  return p['redress.mediationTakeUp'] * MEAN_STATUTORY_DAYS.mediation();
}

/**
 * An age in [lo, hi) with density 1 before `from` and exp(−hazard·(age − from)) after, from the
 * uniform draw `u` (inverse transform, so one draw as before).
 */
export function ageWithinBand(lo: number, hi: number, from: number, hazard: number, u: number): number {
  const flat = Math.max(0, Math.min(hi, from) - lo);
  const start = Math.max(lo, from);
  if (start >= hi || hazard <= 0) return lo + u * (hi - lo);
  const atStart = exp(-hazard * (start - from));
  const decaying = (atStart * (1 - exp(-hazard * (hi - start)))) / hazard;
  const v = u * (flat + decaying);
  if (v < flat) return lo + v;
  // Solve atStart · (1 − exp(−hazard·(age − start))) / hazard = v − flat for age.
  return Math.min(hi, start - log(1 - ((v - flat) * hazard) / atStart) / hazard);
}
