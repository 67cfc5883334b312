/**
 * What each published calibration target is called on the page. Most targets are model metrics
 * and take the metric's label; the rest (shares the backtest works out from two metrics, costs,
 * the whole school population) are named here, in plain words, so the table never shows a
 * code such as `ehcp_age_share_5_to_10`.
 */
import { METRICS } from '@send-sim/sim-core';

const TARGET_LABELS: Readonly<Record<string, string>> = {
  pupils_in_schools: 'All pupils in schools',
  ehcp_share_mainstream_all_ages: 'Share of EHC plans in mainstream schools',
  ehcp_share_special_school_all_ages: 'Share of EHC plans in special schools',
  ehcp_share_further_education: 'Share of EHC plans in further education',
  ehcp_educated_elsewhere_or_neet:
    'Plans held by young people educated elsewhere or not in education, employment or training',
  ehcp_age_share_under_5: 'Share of EHC plans held by children under 5',
  ehcp_age_share_5_to_10: 'Share of EHC plans held by children aged 5–10',
  ehcp_age_share_11_to_15: 'Share of EHC plans held by young people aged 11–15',
  ehcp_age_share_16_to_19: 'Share of EHC plans held by young people aged 16–19',
  ehcp_age_share_20_to_25: 'Share of EHC plans held by young adults aged 20–25',
  ehcp_share_complex_needs: 'Share of EHC plans for complex needs (SLD, PMLD, MSI, PD, VI, HI)',
  share_mediations_followed_by_appeal: 'Share of mediations followed by a tribunal appeal',
  tribunal_appeals_registered: 'Tribunal appeals registered',
  share_appeals_refusal_to_assess: 'Share of appeals against a refusal to assess',
  share_appeals_refusal_to_issue: 'Share of appeals against a refusal to issue a plan',
  share_appeals_plan_contents: 'Share of appeals about what a plan contains',
  share_appeals_reaching_decision: 'Share of appeals decided at a hearing (the rest withdrawn or conceded)',
  independent_special_cost_per_pupil: 'Yearly cost of a place in an independent special school',
  independent_special_spend_total: 'Councils’ yearly spending on independent special schools',
};

/** The page's name for target `metric`: its own label here, else the metric's, else the code itself. */
export function targetLabel(metric: string): string {
  return TARGET_LABELS[metric] ?? METRICS.find((m) => m.id === metric)?.label ?? metric;
}

/** Whether the page has a plain name for target `metric` (a unit test checks every target has). */
export function hasTargetLabel(metric: string): boolean {
  return targetLabel(metric) !== metric;
}
