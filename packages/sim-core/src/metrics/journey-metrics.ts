/**
 * What the metrics count, read off the journey: flows from each step's state change, stocks
 * from a snapshot of every active child at the start of each month.
 */
import { DAYS_PER_YEAR } from '../engine/calendar.js';
import type { ChildContext, ChildTable } from '../engine/child-table.js';
import type { JourneyEvent, ServiceName } from '../journey/journey-events.js';
import { JOURNEY_GUARDS } from '../journey/journey-guards.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { STATUTORY_DAYS } from '../journey/statutory-timelines.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { Service } from '../services/service.js';
import { METRIC_INDEX, type MetricId } from './metric-definitions.js';
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
  c: ChildContext,
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
    if (needTo === needLeaf.crisis) metrics.countAt(M.crisis_events, month);
  }

  if (from !== to) {
    if (from === s.universal && to === s.senSupport) metrics.countAt(M.identified_sen_support, month);
    if (from === s.earlyHelpWaiting && to === s.earlyHelpReceiving)
      metrics.countAt(M.early_help_started, month);
    if (to === s.requested) metrics.countAt(M.assessment_requests, month);
    if (from === s.requested) {
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
      // Every plan follows a request (the starting population's requests may predate the run).
      if (day - c.requestedOn <= STATUTORY_DAYS.issueFinalPlan)
        metrics.countAt(M.new_plans_within_20_weeks, month);
    }
    if (from === s.plan) metrics.countAt(M.plans_ceased, month);
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
    if (event.type === 'EXCLUSION') metrics.countAt(M.exclusions, month);
    if (settingTo === settingLeaf.independentSpecial) metrics.countAt(M.independent_placements, month);
  }
}

/** The count each appeal type is registered under. */
const APPEAL_METRIC: Readonly<Record<string, number | undefined>> = {
  refusalToAssess: M.appeals_refusal_to_assess,
  refusalToIssue: M.appeals_refusal_to_issue,
  planContents: M.appeals_plan_contents,
  placement: M.appeals_placement,
  healthAndSocialCare: M.appeals_health_social_care,
};

/** Plans by age band at a snapshot: under 5, 5–10, 11–15, 16–19, 20–25 (SEN2's bands). */
const AGE_BAND_METRICS = [
  'ehcp_age_under_5',
  'ehcp_age_5_to_10',
  'ehcp_age_11_to_15',
  'ehcp_age_16_to_19',
  'ehcp_age_20_to_25',
] as const satisfies readonly MetricId[];

function ageBand(age: number): number {
  return age < 5 ? 0 : age <= 10 ? 1 : age <= 15 ? 2 : age <= 19 ? 3 : 4;
}

/** Record every stock at the start of month `month` (day `day`), over the children in `active[0, count)`. */
export function takeSnapshot(
  metrics: MetricsCollector,
  layout: JourneyLayout,
  table: ChildTable,
  context: ChildContext,
  active: Int32Array,
  count: number,
  services: Readonly<Record<ServiceName, Service>>,
  month: number,
  day: number,
): void {
  const { settingLeaf: st, supportLeaf: s } = layout;
  let plans = 0;
  let plansInSchools = 0;
  let senSupport = 0;
  let mainstream = 0;
  let special = 0;
  let independent = 0;
  let furtherEducation = 0;
  let outOfEducation = 0;
  let unmet = 0;
  const byAge = [0, 0, 0, 0, 0];
  let delivered = 0;
  for (let k = 0; k < count; k++) {
    const id = active[k]!;
    if (!table.isActive(id)) continue;
    const setting = table.leaf(id, layout.setting);
    const inSchool =
      setting === st.mainstream ||
      setting === st.resourcedProvision ||
      setting === st.maintainedSpecial ||
      setting === st.independentSpecial ||
      setting === st.alternativeProvision;
    if (layout.unmetNeed[table.leaf(id, layout.need)] === true) unmet++;
    if (table.leaf(id, layout.support) === s.plan) {
      plans++;
      if (context.at(id).planDelivered) delivered++;
      byAge[ageBand(Math.floor((day - table.birthDay(id)) / DAYS_PER_YEAR))]!++;
      if (inSchool) plansInSchools++;
      if (setting === st.mainstream || setting === st.resourcedProvision) mainstream++;
      else if (setting === st.maintainedSpecial) special++;
      else if (setting === st.independentSpecial) {
        special++;
        independent++;
      } else if (setting === st.furtherEducation) furtherEducation++;
      else if (setting === st.outOfEducation) outOfEducation++;
    } else if (inSchool) {
      const level = context.at(id).supportLevel;
      if (level === 'senSupport' || level === 'earlyHelp') senSupport++;
    }
  }
  metrics.setStock('ehcp_stock_all_ages', month, plans);
  metrics.setStock('pupils_with_ehcp_in_schools', month, plansInSchools);
  metrics.setStock('pupils_on_sen_support', month, senSupport);
  metrics.setStock('ehcp_in_mainstream', month, mainstream);
  metrics.setStock('ehcp_in_special_school', month, special);
  metrics.setStock('ehcp_in_independent_special', month, independent);
  metrics.setStock('ehcp_in_further_education', month, furtherEducation);
  metrics.setStock('ehcp_out_of_education', month, outOfEducation);
  metrics.setStock('ehcp_provision_delivered', month, delivered);
  AGE_BAND_METRICS.forEach((metric, band) => {
    metrics.setStock(metric, month, byAge[band]!);
  });
  metrics.setStock('children_with_unmet_need', month, unmet);
  metrics.setStock('waiting_for_early_help', month, services.earlyHelp.waiting);
  metrics.setStock('waiting_for_ep_assessment', month, services.educationalPsychology.waiting);
  metrics.setStock('waiting_for_special_place', month, services.specialSchool.waiting);
  metrics.setStock('appeals_awaiting_hearing', month, services.tribunal.waiting + services.tribunal.holding);
}
