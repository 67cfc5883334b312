/**
 * The start's statutory pipelines, sized so they empty at the rate the model refills them
 * (Little's law: a stage holds its yearly flow × the model's own mean time in it), and the age a
 * plan holder has within a published age band. The published flows are the scenario's
 * `population.requestsPerYear`, `population.requestsRefusedShare` and `population.appealsPerYear`;
 * the stage times are the means of the delays the statechart samples (`MEAN_STATUTORY_DAYS`). A
 * stock taken from a published flow and a published-looking duration the model does not have
 * would empty faster or slower, and the first months would show a bump or a dip.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { exp, log } from '../foundation/portable-math.js';
import { MEAN_STATUTORY_DAYS } from '../journey/journey-delays.js';
import type { Params } from '../scenario/parameter-catalogue.js';

/** Requests awaiting the LA's decision at the start date: the year's requests times the model's mean decision time. */
export function requestsInProgress(p: Params): number {
  return (p['population.requestsPerYear'] * MEAN_STATUTORY_DAYS.laDecision(p)) / DAYS_PER_YEAR;
}

/**
 * Assessments under way at the start date: the year's agreed requests times the model's mean time
 * from agreement to a final plan. Agreed are the requests neither refused nor ended without a
 * decision (`request.withdrawnBeforeDecision`): counting those too held a tenth more assessments
 * at the start than the model completes, a bunch of completions in the first months.
 */
export function assessmentsInProgress(p: Params): number {
  const agreed =
    p['population.requestsPerYear'] *
    Math.max(0, 1 - p['population.requestsRefusedShare'] - p['request.withdrawnBeforeDecision']);
  const days =
    MEAN_STATUTORY_DAYS.epAssessment(p) +
    MEAN_STATUTORY_DAYS.issueDecision() +
    MEAN_STATUTORY_DAYS.drafting(p);
  return (agreed * days) / DAYS_PER_YEAR;
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
