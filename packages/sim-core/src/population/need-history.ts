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
 * Held fixed in a replayed history (assumption, small next to the need process): the child's
 * trust and advocacy, and referrals to early help (an early help episode delays but rarely
 * replaces a request). Onset rates are the scenario's at its start.
 */
import { DAYS_PER_YEAR } from '../engine/calendar.js';
import { exponential, type RandomStream } from '../engine/random-streams.js';
import type { JourneyContext } from '../journey/journey-context.js';
import { clamp01, earlyYearsRequestProbability, requestProbability } from '../journey/journey-rules.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { onsetRate } from './arrivals.js';

/**
 * Histories tried before the last is kept whatever its end: survivors are common at every
 * age (rarely under 1 in 4 at the parameters' legal extremes), so the cap only stops a
 * pathological scenario, where no pupil's need could stay on SEN support, from looping.
 */
const MAX_HISTORIES = 64;

/** How a replayed need history ended. */
type HistoryEnd = 'onSenSupport' | 'resolved' | 'requested';

/**
 * The severity of a pupil aged `age` at the start date, written into `context.severity`
 * (`context` carries the pupil's trust and advocacy): for a pupil on SEN support, the end of
 * a replayed history that neither resolved nor led to a request; for one whose request is
 * already in progress, the severity at which a replayed history led to it.
 */
export function drawStartingSeverity(
  age: number,
  inProgress: boolean,
  context: JourneyContext,
  p: Params,
  r: RandomStream,
): void {
  const wanted: HistoryEnd = inProgress ? 'requested' : 'onSenSupport';
  for (let attempt = 0; attempt < MAX_HISTORIES; attempt++) {
    const onsetAge = drawOnsetAge(age, p, r);
    context.severity = clamp01(
      p[onsetAge < 5 ? 'need.earlyOnsetSeverityMean' : 'need.onsetSeverityMean'] +
        p['need.onsetSeveritySpread'] * (r() - 0.5),
    );
    if (replay(context, onsetAge, (age - onsetAge) * DAYS_PER_YEAR, p, r) === wanted) return;
  }
}

/** An onset age below `age`, in proportion to the onset hazard at each age (at least 0). */
function drawOnsetAge(age: number, p: Params, r: RandomStream): number {
  let total = 0;
  for (let a = 0; a < age; a++) total += onsetRate(a, p) * Math.min(1, age - a);
  let u = r() * total;
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
function replay(context: JourneyContext, onsetAge: number, days: number, p: Params, r: RandomStream): HistoryEnd {
  if (onsetAge < 5 && r() < earlyYearsRequestProbability(context, p)) return 'requested';
  const provision = p['provision.senSupport'];
  const easeMean = DAYS_PER_YEAR / Math.max(p['need.easingRatePerYear'], 1e-6);
  const escalateMean = DAYS_PER_YEAR / Math.max(p['need.escalationRatePerYear'], 1e-6);
  let t = 0;
  for (;;) {
    const met = provision >= context.severity;
    t += exponential(r, met ? easeMean : escalateMean);
    if (t >= days) return 'onSenSupport';
    if (met) {
      context.severity = clamp01(context.severity - p['need.easingStep']);
      if (context.severity < p['provision.universal']) return 'resolved';
    } else {
      context.severity = clamp01(context.severity + p['need.escalationStep'] * (1 - context.severity));
      if (r() < requestProbability(context, p)) return 'requested';
    }
  }
}
