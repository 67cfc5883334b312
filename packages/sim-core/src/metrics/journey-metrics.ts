/**
 * What the metrics count, read off the journey: flows from each step's state change, stocks
 * from a snapshot of every active child at the start of each month.
 */
import { DAYS_PER_YEAR } from '../engine/calendar.js';
import type { ChildRecord } from '../engine/simulation.js';
import type { JourneyEvent, ServiceName } from '../journey/journey-events.js';
import { JOURNEY_GUARDS } from '../journey/journey-guards.js';
import type { JourneyLayout } from '../journey/journey-layout.js';
import { STATUTORY_DAYS } from '../journey/statutory-timelines.js';
import type { Params } from '../scenario/parameter-catalogue.js';
import type { Service } from '../services/service.js';
import type { MetricsCollector } from './metrics-collector.js';

/** Count the flows one step produced (`before`: the leaves before the step). */
export function observeStep(
  metrics: MetricsCollector,
  layout: JourneyLayout,
  p: Params,
  child: ChildRecord,
  event: JourneyEvent,
  before: readonly number[],
): void {
  const day = event.day;
  const c = child.context;
  const { need, support, redress, setting, needLeaf, supportLeaf: s, redressLeaf: r, settingLeaf } = layout;
  const needFrom = before[need]!;
  const needTo = child.leaves[need]!;
  const from = before[support]!;
  const to = child.leaves[support]!;
  const redressFrom = before[redress]!;
  const redressTo = child.leaves[redress]!;

  if (needFrom !== needTo) {
    if (needFrom === needLeaf.none) metrics.count('new_needs', day);
    if (needTo === needLeaf.crisis) metrics.count('crisis_events', day);
  }

  if (from !== to) {
    if (from === s.universal && to === s.senSupport) metrics.count('identified_sen_support', day);
    if (from === s.earlyHelpWaiting && to === s.earlyHelpReceiving) metrics.count('early_help_started', day);
    if (to === s.requested) metrics.count('assessment_requests', day);
    if (from === s.requested) {
      metrics.count('assessment_decisions', day);
      if (day - c.requestedOn <= STATUTORY_DAYS.decideWhetherToAssess)
        metrics.count('decisions_within_6_weeks', day);
      if (to === s.refused) metrics.count('requests_refused', day);
    }
    if (from === s.withEP) metrics.count('assessments_completed', day);
    if (from === s.decidingToIssue) {
      metrics.count('issue_decisions', day);
      if (to === s.notIssued) metrics.count('assessed_not_issued', day);
    }
    if (to === s.plan) {
      metrics.count('new_plans_issued', day);
      // Every plan follows a request (the starting population's requests may predate the run).
      if (day - c.requestedOn <= STATUTORY_DAYS.issueFinalPlan) {
        metrics.count('new_plans_within_20_weeks', day);
      }
    }
    if (from === s.plan) metrics.count('plans_ceased', day);
  }

  if (redressFrom !== redressTo) {
    if (redressTo === r.mediation) metrics.count('mediations_held', day);
    if (redressFrom === r.mediation && redressTo === r.appealLodged) {
      metrics.count('mediations_followed_by_appeal', day);
    }
    if (redressFrom === r.appealLodged && redressTo === r.queued) {
      metrics.count('appeals_registered', day);
      metrics.count(c.advocacy < 0.5 ? 'appeals_low_advocacy' : 'appeals_high_advocacy', day);
      switch (c.appealType) {
        case 'refusalToAssess':
          metrics.count('appeals_refusal_to_assess', day);
          break;
        case 'refusalToIssue':
          metrics.count('appeals_refusal_to_issue', day);
          break;
        case 'planContents':
          metrics.count('appeals_plan_contents', day);
          break;
        case 'placement':
          metrics.count('appeals_placement', day);
          break;
        case 'healthAndSocialCare':
          metrics.count('appeals_health_social_care', day);
          break;
        default:
          break;
      }
    }
    if (redressTo === r.decided) {
      metrics.count('appeals_decided', day);
      if (JOURNEY_GUARDS.familyWins(c, event, p)) metrics.count('decisions_for_family', day);
    }
    if (redressTo === r.conceded) metrics.count('appeals_conceded', day);
    if (redressTo === r.withdrawn) metrics.count('appeals_withdrawn', day);
  }

  const settingTo = child.leaves[setting]!;
  if (before[setting] !== settingTo) {
    if (event.type === 'EXCLUSION') metrics.count('exclusions', day);
    if (settingTo === settingLeaf.independentSpecial) metrics.count('independent_placements', day);
  }
}

/** Plans by age band at a snapshot: under 5, 5–10, 11–15, 16–19, 20–25 (SEN2's bands). */
const AGE_BAND_METRICS = [
  'ehcp_age_under_5',
  'ehcp_age_5_to_10',
  'ehcp_age_11_to_15',
  'ehcp_age_16_to_19',
  'ehcp_age_20_to_25',
] as const;

function ageBand(age: number): number {
  return age < 5 ? 0 : age <= 10 ? 1 : age <= 15 ? 2 : age <= 19 ? 3 : 4;
}

/** Record every stock at the start of month `month` (day `day`). */
export function takeSnapshot(
  metrics: MetricsCollector,
  layout: JourneyLayout,
  children: readonly ChildRecord[],
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
  for (const child of children) {
    if (!child.active) continue;
    const setting = child.leaves[layout.setting]!;
    const inSchool =
      setting === st.mainstream ||
      setting === st.resourcedProvision ||
      setting === st.maintainedSpecial ||
      setting === st.independentSpecial ||
      setting === st.alternativeProvision;
    if (layout.unmetNeed[child.leaves[layout.need]!] === true) unmet++;
    if (child.leaves[layout.support] === s.plan) {
      plans++;
      if (child.context.planDelivered) delivered++;
      byAge[ageBand(Math.floor((day - child.context.birthDay) / DAYS_PER_YEAR))]!++;
      if (inSchool) plansInSchools++;
      if (setting === st.mainstream || setting === st.resourcedProvision) mainstream++;
      else if (setting === st.maintainedSpecial) special++;
      else if (setting === st.independentSpecial) {
        special++;
        independent++;
      } else if (setting === st.furtherEducation) furtherEducation++;
      else if (setting === st.outOfEducation) outOfEducation++;
    } else if (
      inSchool &&
      (child.context.supportLevel === 'senSupport' || child.context.supportLevel === 'earlyHelp')
    ) {
      senSupport++;
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
