/**
 * One need history replayed under SEN support, as the statechart would live it (need-history.ts
 * draws the starting pupils from such histories): noticing, easing and escalation, crises, early
 * help, requests and the LA's decisions on them, each past year at its own propensity to ask.
 * Its guards read the need before an event changes it, as xstate's do.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { exponential, type RandomStream } from '../foundation/random-streams.js';
import { trustLossOnRefusal } from '../journey/coproduction.js';
import { councilParams } from '../journey/council-decisions.js';
import { effectiveAdvocacy } from '../journey/effective-advocacy.js';
import type { AppealType, JourneyContext } from '../journey/journey-context.js';
import { JOURNEY_DELAYS } from '../journey/journey-delays.js';
import {
  appealProbability,
  assessProbability,
  clamp01,
  crisisProbability,
  earlyYearsRequestProbability,
  easedSeverity,
  escalatedSeverity,
  requestProbability,
  senSupportProvision,
} from '../journey/journey-rules.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { type PastTrends, trendAt } from './demand-trends.js';

/**
 * How a replayed need history ended: still on SEN support (with a request being prepared, if
 * the family or school decided to ask and has not yet sent it), resolved, or with a request
 * the LA received and did not refuse for good.
 */
export type HistoryEnd = 'onSenSupport' | 'preparingRequest' | 'resolved' | 'requested';

/** Ages below this are in early years settings (the school census counts pupils from 5). */
export const EARLY_YEARS_END = 5;

/** Mean days until a school or the parent notices a need: the sooner of two exponential waits (journey-delays.ts). */
export function meanDaysToNotice(advocacy: number, p: Params): number {
  return (
    1 /
    (1 / p['identification.schoolMeanDays'] +
      (0.5 + effectiveAdvocacy(advocacy, p)) / p['identification.parentMeanDays'])
  );
}

/**
 * What a replayed history was in the middle of at its end, in days still to run (0 for none): an
 * early help episode (the statechart's `earlyHelp.receiving`) and a crisis (`need.crisis`). The
 * start seeds them as they stand, so it holds families in early help and children in crisis as a
 * run already under way does (until model 0.14.0 it held none; model 0.14.0's 2019 backtest holds
 * about 12,600 and 4,600 nationally in January 2023, its 2023 start 12,400 and 3,400).
 */
export interface EpisodesInProgress {
  earlyHelpLeft: number;
  crisisLeft: number;
}

/**
 * Replay `days` of need under SEN support from the severity in `context`, as the statechart
 * would: met need eases (and resolves below universal provision), unmet need escalates, and each
 * escalation may bring a crisis (escalation pauses until it resolves) and either a request or a
 * referral to early help (one draw, in the statechart's bands); episodes last as the statechart
 * draws them (JOURNEY_DELAYS). Early help starts at once (assumption: the service has free slots;
 * model 0.14.0's 2019 backtest has nobody waiting in January 2023, against about 12,600
 * receiving), raises provision for its episode and eases need by its lasting effect at the end. What is under way at the end goes to `episodes`.
 */
export function replayNeedHistory(
  context: JourneyContext,
  onsetAge: number,
  days: number,
  p: Params,
  trends: PastTrends,
  r: RandomStream,
  episodes: EpisodesInProgress,
): HistoryEnd {
  episodes.earlyHelpLeft = 0;
  episodes.crisisLeft = 0;
  const easeMean = DAYS_PER_YEAR / Math.max(p['need.easingRatePerYear'], 1e-6);
  const escalateMean = DAYS_PER_YEAR / Math.max(p['need.escalationRatePerYear'], 1e-6);
  // Before anyone notices, need escalates unchecked (the statechart's `emerging` state).
  const noticed = exponential(r, meanDaysToNotice(context.advocacy, p));
  let t = exponential(r, escalateMean);
  for (; t < Math.min(noticed, days); t += exponential(r, escalateMean))
    context.severity = escalatedSeverity(context.severity, p);
  if (noticed >= days) return 'onSenSupport';
  // Before school, noticing a need may bring a request at once (the statechart's notifiedInEarlyYears).
  if (
    onsetAge + noticed / DAYS_PER_YEAR < EARLY_YEARS_END &&
    r() < earlyYearsRequestProbability(context, p)
  ) {
    const end = requestDecided(context, noticed, days, p, r);
    if (end !== undefined) return end;
  }
  t = noticed;
  // When the early help episode under way ends, and when the crisis under way resolves (none: −∞).
  let earlyHelpEnds = Number.NEGATIVE_INFINITY;
  let crisisResolves = Number.NEGATIVE_INFINITY;
  const endEarlyHelp = () => {
    earlyHelpEnds = Number.NEGATIVE_INFINITY;
    context.severity = clamp01(context.severity - p['earlyHelp.lastingEffect']);
  };
  // The history ends at `days`: an episode due later is still under way; one due before it ended.
  const endHistory = (end: HistoryEnd): HistoryEnd => {
    if (earlyHelpEnds >= days) episodes.earlyHelpLeft = earlyHelpEnds - days;
    else if (earlyHelpEnds > t) endEarlyHelp();
    if (crisisResolves >= days) episodes.crisisLeft = crisisResolves - days;
    return end;
  };
  for (;;) {
    const inEarlyHelp = earlyHelpEnds > t;
    const met =
      (inEarlyHelp ? p['provision.earlyHelp'] : senSupportProvision(context.primaryNeed, p)) >=
      context.severity;
    // Need changes are memoryless, so an episode's end (a review of need) simply comes first.
    const next = t + exponential(r, met ? easeMean : escalateMean);
    if (inEarlyHelp && earlyHelpEnds <= next) {
      if (earlyHelpEnds >= days) return endHistory('onSenSupport');
      t = earlyHelpEnds;
      endEarlyHelp();
      continue;
    }
    t = next;
    if (t >= days) return endHistory('onSenSupport');
    // The statechart's guards read the need before the event's actions change it: a need below
    // universal provision resolves at its next easing, and an escalation's crisis, request or
    // referral is drawn at the severity it escalates from.
    if (met) {
      if (context.severity < p['provision.universal']) return 'resolved';
      context.severity = easedSeverity(context.severity, p);
      continue;
    }
    // An escalation: the need region may go into crisis, and the support region draws (one
    // draw, the statechart's bands) a request, a referral to early help, or neither.
    const crisis = r() < crisisProbability(context, p);
    const u = r();
    const asks = clamp01(
      requestProbability(context, p) * trendAt(trends.requests, (days - t) / DAYS_PER_YEAR),
    );
    context.severity = escalatedSeverity(context.severity, p);
    if (crisis) {
      context.trust = clamp01(context.trust - p['trust.lossOnCrisis']);
      crisisResolves = t + JOURNEY_DELAYS.crisisEpisode(context, p, r, t);
    }
    if (u < asks) {
      const end = requestDecided(context, t, days, p, r);
      if (end === 'preparingRequest') return endHistory(end);
      if (end !== undefined) return end;
      // Refused: the request took the family out of early help (the episode's end with it).
      earlyHelpEnds = Number.NEGATIVE_INFINITY;
    } else if (!inEarlyHelp && u < asks + p['earlyHelp.referralProbability'])
      earlyHelpEnds = t + JOURNEY_DELAYS.earlyHelpEpisode(context, p, r, t);
    if (crisisResolves > t) {
      // No need changes during a crisis; an early help episode ending in it eases need as usual.
      if (crisisResolves >= days) return endHistory('onSenSupport');
      if (earlyHelpEnds > t && earlyHelpEnds <= crisisResolves) endEarlyHelp();
      t = crisisResolves;
    }
  }
}

/**
 * A request decided on at day `t` of a history `days` long: still being prepared at its end,
 * reaching the LA and going on to an assessment and a plan (or to an appeal, which mostly wins
 * one: conceded or won), or coming back to SEN support, when the history goes on (undefined): a
 * request withdrawn or lapsed before the LA decides, or a refusal to assess, or to issue after an
 * assessment, that the family does not appeal (a refusal counted, and trust lost). The LA
 * decides as the statechart does, under the budget pressure its councils start under
 * (`la.highNeedsExcessAtStart`, held over the past: assumption).
 */
/**
 * The need of a child whose request reached the LA `days` ago, from its severity then: while a
 * request, an assessment or a dispute is under way the support region asks for nothing, but the
 * need region goes on, easing where SEN support meets it and escalating where it does not (the
 * statechart's own rates and steps; a need eased below universal provision stays where it is,
 * as the statutory process goes on). Until model 0.15.0 the start's pipelines kept the severity
 * they had at the request however long ago it was, so the plans they issued in a run's first
 * months held fewer needs near the specialist threshold than a run under way issues, and fewer
 * families appealed the school named.
 */
export function needSinceRequest(context: JourneyContext, days: number, p: Params, r: RandomStream): void {
  for (let t = 0; ; ) {
    const met = senSupportProvision(context.primaryNeed, p) >= context.severity;
    t += (met ? JOURNEY_DELAYS.easing : JOURNEY_DELAYS.escalation)(context, p, r, t);
    if (t >= days || (met && context.severity < p['provision.universal'])) return;
    context.severity = met ? easedSeverity(context.severity, p) : escalatedSeverity(context.severity, p);
  }
}

function requestDecided(
  context: JourneyContext,
  t: number,
  days: number,
  p: Params,
  r: RandomStream,
): HistoryEnd | undefined {
  // A request takes a while to prepare; one not yet sent at the start is still coming.
  if (t + exponential(r, p['request.preparationDays']) >= days) return 'preparingRequest';
  const la = decisionsAtStart(p);
  // One draw in the statechart's bands: withdrawn, then agreed, then refused.
  const withdrawn = la['request.withdrawnBeforeDecision'];
  const u = r();
  if (u < withdrawn) return undefined;
  const refusal: AppealType | 'none' =
    u >= withdrawn + (1 - withdrawn) * assessProbability(context, la)
      ? 'refusalToAssess'
      : r() < la['la.issueProbability']
        ? 'none'
        : 'refusalToIssue';
  if (refusal === 'none' || r() < appealProbability(context, refusal, la)) return 'requested';
  context.refusals++;
  context.trust = clamp01(context.trust - trustLossOnRefusal(la));
  return undefined;
}

const decisionsCache = new WeakMap<Params, Params>();

/** The LA's decision parameters under the budget pressure its councils start under (`councilParams`). */
export function decisionsAtStart(p: Params): Params {
  let la = decisionsCache.get(p);
  if (la === undefined) {
    la = councilParams(p, p['la.highNeedsExcessAtStart']);
    decisionsCache.set(p, la);
  }
  return la;
}
