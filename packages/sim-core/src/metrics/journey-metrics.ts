/**
 * The flows the metrics count, read off each step's change of state (stocks are kept by
 * `StockCounts`, child-years by the collector's daily counts).
 */
import type { JourneyContext, PrimaryNeed } from '../journey/journey-context.js';
import type { JourneyEvent } from '../journey/journey-events.js';
import { JOURNEY_GUARDS } from '../journey/journey-guards.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { ageOn } from '../journey/journey-rules.js';
import { AREA_OF_NEED, type AreaOfNeed } from '../journey/primary-need.js';
import { STATUTORY_DAYS } from '../journey/statutory-timelines.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import { LOW_TRUST } from './family-trust.js';
import { METRIC_INDEX } from './metric-definitions.js';
import type { MetricsCollector } from './metrics-collector.js';

const M = METRIC_INDEX;

/**
 * Count the flows one step produced, in month `month` (`before`, `after`: the leaves before
 * and after the step; `c`: the child's context after it).
 */
export function observeStep(
  metrics: MetricsCollector,
  layout: JourneyLayout,
  p: Params,
  c: JourneyContext,
  event: JourneyEvent,
  before: readonly number[],
  after: readonly number[],
  month: number,
): void {
  const day = event.day;
  const { need, support, redress, setting, needLeaf, supportLeaf: s, redressLeaf: r, settingLeaf } = layout;
  const needFrom = before[need]!;
  const needTo = after[need]!;
  const from = before[support]!;
  const to = after[support]!;
  const redressFrom = before[redress]!;
  const redressTo = after[redress]!;

  if (needFrom !== needTo) {
    if (needFrom === needLeaf.none) metrics.countAt(M.new_needs, month);
    if (needTo === needLeaf.crisis) {
      metrics.countAt(M.crisis_events, month);
      metrics.countAt(c.advocacy < 0.5 ? M.crisis_events_low_advocacy : M.crisis_events_high_advocacy, month);
      metrics.countAt(c.deprived ? M.crisis_events_deprived : M.crisis_events_not_deprived, month);
      metrics.countAt(CRISES_BY_NEED[c.primaryNeed], month);
    }
  }

  if (from !== to) {
    if (from === s.universal && to === s.senSupport) metrics.countAt(M.identified_sen_support, month);
    if (from === s.earlyHelpWaiting && to === s.earlyHelpReceiving)
      metrics.countAt(M.early_help_started, month);
    if (to === s.requested) {
      metrics.countAt(M.assessment_requests, month);
      if (c.trust < LOW_TRUST) metrics.countAt(M.requests_low_trust, month);
    }
    if (from === s.requested && to === s.senSupport) metrics.countAt(M.requests_withdrawn, month);
    else if (from === s.requested) {
      metrics.countAt(M.assessment_decisions, month);
      if (day - c.requestedOn <= STATUTORY_DAYS.decideWhetherToAssess)
        metrics.countAt(M.decisions_within_6_weeks, month);
      if (to === s.refused) metrics.countAt(M.requests_refused, month);
    }
    if (from === s.withEP) metrics.countAt(M.assessments_completed, month);
    if (from === s.decidingToIssue) {
      metrics.countAt(M.issue_decisions, month);
      if (to === s.notIssued) metrics.countAt(M.assessed_not_issued, month);
    }
    if (to === s.plan) {
      metrics.countAt(M.new_plans_issued, month);
      metrics.countAt(newPlanAgeBand(ageOn(c, day)), month);
      // Every plan follows a request (the starting population's requests may predate the run).
      if (day - c.requestedOn <= STATUTORY_DAYS.issueFinalPlan)
        metrics.countAt(M.new_plans_within_20_weeks, month);
    }
    if (from === s.plan) metrics.countAt(M.plans_ceased, month);
    if (to === s.ended && event.type === 'BIRTHDAY' && (event.age ?? 0) >= 25) {
      const outcome = outcomeAt25(layout, from, before[setting]!);
      if (outcome !== undefined) {
        metrics.countAt(outcome, month);
        metrics.countAt(M.outcome_at_25_had_plan, month);
      }
    }
  }

  if (redressFrom !== redressTo) {
    if (redressTo === r.mediation) metrics.countAt(M.mediations_held, month);
    if (redressFrom === r.mediation && redressTo === r.appealLodged)
      metrics.countAt(M.mediations_followed_by_appeal, month);
    if (redressFrom === r.appealLodged && redressTo === r.queued) {
      metrics.countAt(M.appeals_registered, month);
      metrics.countAt(c.advocacy < 0.5 ? M.appeals_low_advocacy : M.appeals_high_advocacy, month);
      const byType = APPEAL_METRIC[c.appealType];
      if (byType !== undefined) metrics.countAt(byType, month);
    }
    if (redressTo === r.decided) {
      metrics.countAt(M.appeals_decided, month);
      if (JOURNEY_GUARDS.familyWins(c, event, p)) metrics.countAt(M.decisions_for_family, month);
    }
    if (redressTo === r.conceded) metrics.countAt(M.appeals_conceded, month);
    if (redressTo === r.withdrawn) metrics.countAt(M.appeals_withdrawn, month);
  }

  const settingTo = after[setting]!;
  if (before[setting] !== settingTo) {
    // SEN status when excluded: an exclusion changes the setting, not the support level.
    if (event.type === 'EXCLUSION') countSplit(metrics, EXCLUSIONS, c, month);
    if (settingTo === settingLeaf.independentSpecial) metrics.countAt(M.independent_placements, month);
  }
}

/** The age band of a new plan issued at `age` (whole years), as SEN2 bands new plans. */
function newPlanAgeBand(age: number): number {
  if (age < 5) return M.new_plans_under_5;
  if (age <= 10) return M.new_plans_age_5_to_10;
  if (age <= 15) return M.new_plans_age_11_to_15;
  return M.new_plans_age_16_to_25;
}

/**
 * Count one suspension (fixed-period exclusion) in month `month`, split as exclusions are. A
 * suspension changes no state, so no step's change of leaves shows it: the engine calls this
 * when it books the suspension's one-off cost (the statechart's `book('suspension')` effect).
 */
export function observeSuspension(metrics: MetricsCollector, c: JourneyContext, month: number): void {
  countSplit(metrics, SUSPENSIONS, c, month);
}

/** An outcome's count and the counts it is split into: by advocacy, deprivation, area of need and SEN status. */
interface SplitCounts {
  readonly total: number;
  readonly lowAdvocacy: number;
  readonly highAdvocacy: number;
  readonly deprived: number;
  readonly notDeprived: number;
  readonly byNeed: Readonly<Record<PrimaryNeed, number>>;
  readonly withPlan: number;
  readonly senSupport: number;
  readonly noSen: number;
  /** Of a pupil with SEN (SEN support, early help or a plan), and of one whose primary need is SEMH. */
  readonly withSen: number;
  readonly senSemh: number;
}

/** Count one of an outcome for child `c` in its total and in each split. */
function countSplit(metrics: MetricsCollector, counts: SplitCounts, c: JourneyContext, month: number): void {
  metrics.countAt(counts.total, month);
  metrics.countAt(c.advocacy < 0.5 ? counts.lowAdvocacy : counts.highAdvocacy, month);
  metrics.countAt(c.deprived ? counts.deprived : counts.notDeprived, month);
  metrics.countAt(counts.byNeed[c.primaryNeed], month);
  // SEN status: a plan, SEN support (or early help), or none identified.
  const level = c.supportLevel;
  const senSupport = level === 'senSupport' || level === 'earlyHelp';
  metrics.countAt(level === 'plan' ? counts.withPlan : senSupport ? counts.senSupport : counts.noSen, month);
  if (level === 'plan' || senSupport) {
    metrics.countAt(counts.withSen, month);
    if (c.primaryNeed === 'SEMH') metrics.countAt(counts.senSemh, month);
  }
}

/**
 * The outcome at 25 of a young person who leaves the model on their 25th birthday from support
 * leaf `from` (and setting leaf `settingFrom`), or undefined for one who never had a plan. After a
 * plan, the pathway is the outcome; one still on a plan at 25 is in education, or NEET if out of it.
 */
function outcomeAt25(layout: JourneyLayout, from: number, settingFrom: number): number | undefined {
  const s = layout.supportLeaf;
  if (from === s.postPlanEET) return M.outcome_at_25_eet;
  if (from === s.postPlanNEET) return M.outcome_at_25_neet;
  if (from === s.postPlanAdultSocialCare) return M.outcome_at_25_adult_social_care;
  if (from === s.plan)
    return settingFrom === layout.settingLeaf.outOfEducation ? M.outcome_at_25_neet : M.outcome_at_25_eet;
  return undefined;
}

/** The count of each broad area of need (as `unmet_need_child_years_*` groups them), by primary need. */
function byAreaOfNeed(counts: Readonly<Record<AreaOfNeed, number>>): Readonly<Record<PrimaryNeed, number>> {
  return Object.fromEntries(
    Object.entries(AREA_OF_NEED).map(([need, area]) => [need, counts[area]]),
  ) as Record<PrimaryNeed, number>;
}

const CRISES_BY_NEED = byAreaOfNeed({
  communication: M.crisis_events_communication,
  cognition: M.crisis_events_cognition,
  semh: M.crisis_events_semh,
  sensoryPhysical: M.crisis_events_sensory_physical,
  other: M.crisis_events_other_need,
});

/** The counts of an outcome split as exclusions and suspensions are (their metric ids share a prefix). */
function splitCountsOf(outcome: 'exclusions' | 'suspensions'): SplitCounts {
  return {
    total: M[outcome],
    lowAdvocacy: M[`${outcome}_low_advocacy`],
    highAdvocacy: M[`${outcome}_high_advocacy`],
    deprived: M[`${outcome}_deprived`],
    notDeprived: M[`${outcome}_not_deprived`],
    byNeed: byAreaOfNeed({
      communication: M[`${outcome}_communication`],
      cognition: M[`${outcome}_cognition`],
      semh: M[`${outcome}_semh`],
      sensoryPhysical: M[`${outcome}_sensory_physical`],
      other: M[`${outcome}_other_need`],
    }),
    withPlan: M[`${outcome}_with_plan`],
    senSupport: M[`${outcome}_sen_support`],
    noSen: M[`${outcome}_no_sen`],
    withSen: M[`${outcome}_with_sen`],
    senSemh: M[`${outcome}_sen_semh`],
  };
}

const EXCLUSIONS = splitCountsOf('exclusions');
const SUSPENSIONS = splitCountsOf('suspensions');

/** The count each appeal type is registered under. */
const APPEAL_METRIC: Readonly<Record<string, number | undefined>> = {
  refusalToAssess: M.appeals_refusal_to_assess,
  refusalToIssue: M.appeals_refusal_to_issue,
  planContents: M.appeals_plan_contents,
  placement: M.appeals_placement,
  healthAndSocialCare: M.appeals_health_social_care,
};
