/**
 * The need of a pupil already on SEN support at the start date, drawn from the model's own
 * need process rather than from a fixed band (DESIGN 2.1: an in-motion start).
 *
 * A pupil on SEN support in January is a survivor: their need arose some years ago, has
 * eased or escalated since, and has neither resolved (they would be off SEN support) nor
 * led to a request for assessment (they would be in the statutory process or hold a plan).
 * So each starting pupil replays a need history under SEN support with the scenario's own
 * onset, easing, escalation and request rules, and keeps its end only if it survived;
 * otherwise it draws another history. The starting pupils then ask for assessments at the
 * rate the model's own arrivals will reach, and the first year's flows carry no start-up dip.
 *
 * A replayed history keeps what shapes later requests: a request the LA refuses (and the
 * family does not appeal) leaves the pupil on SEN support with less trust, as does a crisis.
 * Left out (assumption, small next to the need process): trust gained while need is met, and
 * referrals to early help (an episode delays but rarely replaces a request). Onset hazards
 * keep their shape by age and the scenario's level at its start.
 */
import { DAYS_PER_YEAR } from '../foundation/calendar.js';
import { exponential, type RandomStream, randomStream } from '../foundation/random-streams.js';
import { effectiveAdvocacy } from '../journey/effective-advocacy.js';
import { createJourneyContext, type JourneyContext, type PrimaryNeed } from '../journey/journey-context.js';
import {
  appealProbability,
  assessProbability,
  clamp01,
  crisisProbability,
  earlyYearsRequestProbability,
  requestProbability,
} from '../journey/journey-rules.js';
import { onsetSeverity } from '../journey/primary-need.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { LAST_ONSET_AGE, onsetRate } from './arrivals.js';
import { drawArisingNeed } from './primary-need-draw.js';

/**
 * Histories tried before the last is kept whatever its end: survivors are common at every
 * age (rarely under 1 in 4 at the parameters' legal extremes), so the cap only stops a
 * pathological scenario, where no pupil's need could stay on SEN support, from looping.
 */
const MAX_HISTORIES = 64;

/**
 * How a replayed need history ended: still on SEN support (with a request being prepared, if
 * the family or school decided to ask and has not yet sent it), resolved, or with a request
 * the LA received and did not refuse for good.
 */
export type HistoryEnd = 'onSenSupport' | 'preparingRequest' | 'resolved' | 'requested';

/** Whether a history ending so leaves the pupil on SEN support (a request being prepared has not reached the LA). */
const onSenSupport = (end: HistoryEnd) => end === 'onSenSupport' || end === 'preparingRequest';

/**
 * The severity of a pupil aged `age` whose request for assessment is in progress at the start
 * date, written into `context.severity` (`context` carries the pupil's trust and advocacy): the
 * severity at which a replayed history led to a request the LA received.
 */
export function drawRequestSeverity(age: number, context: JourneyContext, p: Params, r: RandomStream): void {
  const trust = context.trust;
  for (let attempt = 0; attempt < MAX_HISTORIES; attempt++) {
    context.trust = trust;
    context.refusals = 0;
    const onsetAge = drawOnsetAge(age, p, r);
    arise(context, onsetAge, p, r);
    if (replay(context, onsetAge, (age - onsetAge) * DAYS_PER_YEAR, p, r) === 'requested') return;
  }
}

/**
 * A pupil of school age (5 to 15, the census's Reception to Year 11) on SEN support at the
 * start date: an age and a replayed history drawn together, as for a child under 5. The
 * number of pupils of an age on SEN support is the cohort (the same at every age) times the
 * chance a need has arisen by then (the onset hazard summed over the years lived) times the
 * chance its history is still on SEN support; so an age is kept in proportion to the hazard
 * it has been exposed to, and its history only if it survived. (Until model 0.10.0 the age was
 * drawn evenly over 5–15 and only the history redrawn: as many 5-year-olds as 15-year-olds.)
 * Writes the severity into `context` and returns the age.
 */
export function drawSchoolPupil(
  context: JourneyContext,
  p: Params,
  r: RandomStream,
): [age: number, end: HistoryEnd] {
  const trust = context.trust;
  const exposure = onsetExposure(SCHOOL_AGE_END, p);
  let kept: [number, HistoryEnd] = [EARLY_YEARS_END, 'onSenSupport'];
  for (let attempt = 0; attempt < MAX_HISTORIES; attempt++) {
    const age = EARLY_YEARS_END + r() * (SCHOOL_AGE_END - EARLY_YEARS_END);
    if (r() * exposure >= onsetExposure(age, p)) continue;
    context.trust = trust;
    context.refusals = 0;
    const onsetAge = drawOnsetAge(age, p, r);
    arise(context, onsetAge, p, r);
    kept = [age, replay(context, onsetAge, (age - onsetAge) * DAYS_PER_YEAR, p, r)];
    if (onSenSupport(kept[1])) break;
  }
  return kept;
}

/** The end of school age in the census (pupils aged 5 to 15 at the start of the school year). */
const SCHOOL_AGE_END = 16;

/**
 * A child under 5 with an identified need on SEN support at the start date (in an early years
 * setting, so in no published stock): an age and a replayed history since the need arose that
 * neither resolved nor led to a request. Ages are drawn in proportion to the years a need has
 * had to arise (onset hazards are flat under 5), so the history is drawn jointly with the age.
 * Writes the severity into `context` and returns the age.
 */
export function drawEarlyYearsPupil(
  context: JourneyContext,
  p: Params,
  r: RandomStream,
): [age: number, end: HistoryEnd] {
  const trust = context.trust;
  let kept: [number, HistoryEnd] = [0, 'onSenSupport'];
  for (let attempt = 0; attempt < MAX_HISTORIES; attempt++) {
    kept = earlyYearsHistory(context, trust, p, r);
    if (onSenSupport(kept[1])) break;
  }
  return kept;
}

/** One early years history from trust `trust`: the age, and how it ended. */
function earlyYearsHistory(
  context: JourneyContext,
  trust: number,
  p: Params,
  r: RandomStream,
): [age: number, end: HistoryEnd] {
  context.trust = trust;
  context.refusals = 0;
  const age = EARLY_YEARS_END * Math.sqrt(r());
  const onsetAge = age * r();
  arise(context, onsetAge, p, r);
  return [age, replay(context, onsetAge, (age - onsetAge) * DAYS_PER_YEAR, p, r)];
}

/** Ages below this are in early years settings (the school census counts pupils from 5). */
const EARLY_YEARS_END = 5;

/** Histories tried to estimate how many early years pupils the start holds (fixed, so the count is a function of the parameters). */
const EARLY_YEARS_TRIALS = 4000;
const earlyYearsCache = new WeakMap<Params, number>();

/**
 * Expected children under 5 on SEN support at the start date, nationally: needs arising at
 * the 0–4 onset hazard over each child's life so far (cohort × hazard × 12.5 child-years for
 * ages 0–5), times the share whose replayed history is still on SEN support. The share is
 * estimated once per parameter set from a fixed stream (the same in every replication and
 * scenario with these parameters), with trust at its mean and middling advocacy.
 */
export function expectedEarlyYearsPupils(p: Params): number {
  let share = earlyYearsCache.get(p);
  if (share === undefined) {
    const r = randomStream(0, 0, 0, 'history');
    const context = createJourneyContext(
      { id: 0, birthDay: 0, sex: 'female', primaryNeed: 'OTH', deprived: false, advocacy: 0.5 },
      0,
      p['population.initialTrust'],
    );
    let survived = 0;
    for (let k = 0; k < EARLY_YEARS_TRIALS; k++) {
      if (onSenSupport(earlyYearsHistory(context, p['population.initialTrust'], p, r)[1])) survived++;
    }
    share = survived / EARLY_YEARS_TRIALS;
    earlyYearsCache.set(p, share);
  }
  const childYears = (EARLY_YEARS_END * EARLY_YEARS_END) / 2;
  return p['population.cohortSize'] * onsetRate(0, p) * childYears * share;
}

/**
 * A child whose need has arisen but nobody has noticed yet (the statechart's `emerging` state,
 * in no published stock): an onset age drawn by the onset hazards, and the time since onset
 * drawn as the time already spent waiting to be noticed (noticing is memoryless, so that time
 * has the same distribution as the wait ahead), over which need escalated unchecked. Writes
 * the severity into `context` (whose advocacy sets how soon a parent raises it) and returns the age.
 */
export function drawEmergingChild(context: JourneyContext, p: Params, r: RandomStream): number {
  const onsetAge = drawOnsetAge(LAST_ONSET_AGE + 1, p, r);
  arise(context, onsetAge, p, r);
  const escalateMean = DAYS_PER_YEAR / Math.max(p['need.escalationRatePerYear'], 1e-6);
  const elapsed = exponential(r, meanDaysToNotice(context.advocacy, p));
  for (let t = exponential(r, escalateMean); t < elapsed; t += exponential(r, escalateMean))
    context.severity = clamp01(context.severity + p['need.escalationStep'] * (1 - context.severity));
  return Math.min(onsetAge + elapsed / DAYS_PER_YEAR, LAST_ONSET_AGE + 0.999);
}

/**
 * Expected children with an unnoticed need at any moment, nationally: new needs a year (every
 * age's cohort × onset hazard) × the mean wait to be noticed, averaged over families' advocacy
 * as pupils on SEN support draw it (a queue in steady state holds arrivals × mean stay).
 */
export function expectedEmergingChildren(p: Params): number {
  let needsPerYear = 0;
  for (let age = 0; age <= LAST_ONSET_AGE; age++)
    needsPerYear += p['population.cohortSize'] * onsetRate(age, p);
  const deprived = p['population.fsmShare.senSupport'];
  let meanDays = 0;
  const points = 16;
  for (let k = 0; k < points; k++) {
    // Advocacy is spread evenly ±0.25 around each group's mean (synthetic-population.ts).
    const spread = 0.5 * ((k + 0.5) / points - 0.5);
    meanDays +=
      (deprived * meanDaysToNotice(clamp01(p['population.advocacyMean.deprived'] + spread), p) +
        (1 - deprived) * meanDaysToNotice(clamp01(p['population.advocacyMean.notDeprived'] + spread), p)) /
      points;
  }
  return (needsPerYear * meanDays) / DAYS_PER_YEAR;
}

/** Mean days until a school or the parent notices a need: the sooner of two exponential waits (journey-delays.ts). */
function meanDaysToNotice(advocacy: number, p: Params): number {
  return (
    1 /
    (1 / p['identification.schoolMeanDays'] +
      (0.5 + effectiveAdvocacy(advocacy, p)) / p['identification.parentMeanDays'])
  );
}

/**
 * A need arising at `onsetAge`: its primary need (drawn with the age, so complex needs arise
 * before school) and its first severity, written into `context`.
 */
function arise(context: JourneyContext, onsetAge: number, p: Params, r: RandomStream): void {
  const need = drawArisingNeed(onsetAge, p, r);
  (context as { primaryNeed: PrimaryNeed }).primaryNeed = need;
  context.severity = onsetSeverity(need, onsetAge, p, r());
}

/** The onset hazard summed over a child's life to `age` (years): the expected needs arisen by then. */
function onsetExposure(age: number, p: Params): number {
  let total = 0;
  for (let a = 0; a < age; a++) total += onsetRate(a, p) * Math.min(1, age - a);
  return total;
}

/** An onset age below `age`, in proportion to the onset hazard at each age (at least 0). */
function drawOnsetAge(age: number, p: Params, r: RandomStream): number {
  let u = r() * onsetExposure(age, p);
  for (let a = 0; a < age; a++) {
    const weight = onsetRate(a, p) * Math.min(1, age - a);
    if (u < weight) return a + (u / weight) * Math.min(1, age - a);
    u -= weight;
  }
  return 0;
}

/**
 * Replay `days` of need under SEN support from the severity in `context`, as the statechart
 * would: met need eases (and resolves below universal provision), unmet need escalates and
 * each escalation may bring a request.
 */
function replay(
  context: JourneyContext,
  onsetAge: number,
  days: number,
  p: Params,
  r: RandomStream,
): HistoryEnd {
  // A need that ordinary teaching already meets is no special need: the pupil is not on SEN support
  // (the onset draw can start below provision.universal when its spread is wide).
  if (context.severity < p['provision.universal']) return 'resolved';
  const easeMean = DAYS_PER_YEAR / Math.max(p['need.easingRatePerYear'], 1e-6);
  const escalateMean = DAYS_PER_YEAR / Math.max(p['need.escalationRatePerYear'], 1e-6);
  // Before anyone notices, need escalates unchecked (the statechart's `emerging` state).
  const noticed = exponential(r, meanDaysToNotice(context.advocacy, p));
  let t = exponential(r, escalateMean);
  for (; t < Math.min(noticed, days); t += exponential(r, escalateMean))
    context.severity = clamp01(context.severity + p['need.escalationStep'] * (1 - context.severity));
  if (noticed >= days) return 'onSenSupport';
  // Before school, noticing a need may bring a request at once (the statechart's notifiedInEarlyYears).
  if (
    onsetAge + noticed / DAYS_PER_YEAR < EARLY_YEARS_END &&
    r() < earlyYearsRequestProbability(context, p)
  ) {
    const end = requestDecided(context, noticed, days, p, r);
    if (end !== undefined) return end;
  }
  const provision = p['provision.senSupport'];
  t = noticed;
  for (;;) {
    const met = provision >= context.severity;
    t += exponential(r, met ? easeMean : escalateMean);
    if (t >= days) return 'onSenSupport';
    if (met) {
      context.severity = clamp01(context.severity - p['need.easingStep']);
      if (context.severity < p['provision.universal']) return 'resolved';
    } else {
      context.severity = clamp01(context.severity + p['need.escalationStep'] * (1 - context.severity));
      if (r() < crisisProbability(context, p))
        context.trust = clamp01(context.trust - p['trust.lossOnCrisis']);
      if (r() < requestProbability(context, p)) {
        const end = requestDecided(context, t, days, p, r);
        if (end !== undefined) return end;
      }
    }
  }
}

/**
 * A request decided on at day `t` of a history `days` long: still being prepared at its end,
 * reaching the LA (and not refused for good), or refused for good, when the history goes on
 * (undefined) with the refusal counted.
 */
function requestDecided(
  context: JourneyContext,
  t: number,
  days: number,
  p: Params,
  r: RandomStream,
): HistoryEnd | undefined {
  // A request takes a while to prepare; one not yet sent at the start is still coming.
  if (t + exponential(r, p['request.preparationDays']) >= days) return 'preparingRequest';
  // Refused without appeal, the pupil stays on SEN support, trusting the system less
  // (an appeal against refusal mostly ends in an assessment: conceded or won).
  const refused =
    r() >= assessProbability(context, p) && r() >= appealProbability(context, 'refusalToAssess', p);
  if (!refused) return 'requested';
  context.refusals++;
  context.trust = clamp01(context.trust - p['trust.lossOnRefusal']);
  return undefined;
}
