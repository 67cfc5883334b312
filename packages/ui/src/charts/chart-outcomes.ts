/**
 * What the over-time chart can show: a model metric (its yearly series), public spending (the
 * nine public payers), the cost to families, one public payer's spending, or public spending plus
 * cost to families, so labelled (their yearly costs). One shape for both, so the chart, its table,
 * its PNG and its description need not know which is which: who pays, year by year, is drawn
 * exactly like any other outcome, with its 95% band.
 */
import {
  COMBINED_COST_LABEL,
  type CostKey,
  FAMILY_COST_LABEL,
  METRICS,
  type MetricKind,
  PAYER_LABELS,
  PRICE_BASE,
  PUBLIC_PAYERS,
  PUBLIC_SPENDING_LABEL,
} from '@send-sim/sim-core';
import type { ExperimentSummary } from '../worker/worker-protocol.js';

/** One line's points: the mean and 95% interval over replications, by year. */
export type OutcomePoint = {
  readonly year: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
};

export interface ChartOutcome {
  /** A metric id, or `cost_<payer>` / `cost_public` / `cost_total` for spending (as in the CLI's CSV). */
  readonly id: string;
  readonly label: string;
  readonly kind: MetricKind | 'money';
  /** This outcome's points in one scenario's results. */
  points(result: ExperimentSummary): OutcomePoint[];
}

/**
 * Metrics offered in the chart, in this order, before the payers: every outcome the headline may
 * lead with (the briefing charts it), then the outcomes for families (trust, exclusions and suspensions, NEET,
 * outcomes at 25, unmet need and crises by advocacy), the waits, independent placements and the fairness
 * breakdowns that have cards of their own (`card-groups.ts`), and high-needs money (the DSG
 * deficit's path with its band), so each can be followed year by year.
 */
const CHART_METRICS = [
  'ehcp_stock_all_ages',
  'assessment_requests',
  'requests_refused',
  'appeals_registered',
  'share_new_plans_within_20_weeks',
  'unmet_need_child_years',
  'pupils_on_sen_support',
  'crisis_events',
  'mean_trust_sen_families',
  'share_low_trust',
  'exclusions',
  'exclusions_with_plan',
  'exclusions_sen_support',
  'exclusion_rate_sen_support',
  'exclusion_rate_with_plan',
  'suspensions',
  'suspension_rate_sen_support',
  'suspension_rate_with_plan',
  'share_neet_16_to_24_with_or_after_plan',
  'share_outcome_at_25_eet',
  'unmet_need_child_years_low_advocacy',
  'unmet_need_child_years_high_advocacy',
  'crisis_events_low_advocacy',
  'crisis_events_high_advocacy',
  'ep_wait_days',
  'early_help_wait_days',
  'special_place_wait_days',
  'tribunal_wait_days',
  'independent_placements',
  'ehcp_in_independent_special',
  'appeals_low_advocacy',
  'appeals_high_advocacy',
  'unmet_need_child_years_deprived',
  'unmet_need_child_years_not_deprived',
  'unmet_need_child_years_communication',
  'unmet_need_child_years_cognition',
  'unmet_need_child_years_semh',
  'unmet_need_child_years_sensory_physical',
  'unmet_need_child_years_other_need',
  'dsg_deficit_cumulative',
  'high_needs_spending',
  'high_needs_income',
];

/**
 * A chart label with the prices the results are in: `at 2025/26 prices` as written, or "in cash"
 * when the run was asked for cash (`RunOptions.prices`).
 */
export function pricedLabel(label: string, prices: 'real' | 'cash' | undefined): string {
  return prices === 'cash'
    ? label.replace(`at ${PRICE_BASE} prices`, 'in cash (each year’s own prices)')
    : label;
}

function metricOutcome(id: string): ChartOutcome {
  const def = METRICS.find((m) => m.id === id);
  if (def === undefined) throw new RangeError(`chart: no metric "${id}"`);
  // A money metric (the DSG deficit, high-needs income and spending) is drawn in £ million like spending.
  const money = (def as { readonly money?: boolean }).money === true;
  return {
    id,
    label: money ? `${def.label} million at ${PRICE_BASE} prices` : def.label,
    kind: money ? 'money' : def.kind,
    points: (result) =>
      result.series.filter((row) => row.metric === id).map((row) => ({ year: row.year, ...row.value })),
  };
}

function spendingOutcome(payer: CostKey): ChartOutcome {
  const what =
    payer === 'public'
      ? `${PUBLIC_SPENDING_LABEL} (every public payer, not families)`
      : payer === 'family'
        ? FAMILY_COST_LABEL
        : payer === 'total'
          ? COMBINED_COST_LABEL
          : `Spending by ${PAYER_LABELS[payer]}`;
  return {
    id: `cost_${payer}`,
    label: `${what}, £ million at ${PRICE_BASE} prices`,
    kind: 'money',
    points: (result) =>
      result.costs.filter((row) => row.payer === payer).map((row) => ({ year: row.year, ...row.value })),
  };
}

/**
 * Every outcome the chart offers: the metrics, then public spending and the cost to families,
 * each public payer, and last the two added (labelled so).
 */
export const CHART_OUTCOMES: readonly ChartOutcome[] = [
  ...CHART_METRICS.map(metricOutcome),
  spendingOutcome('public'),
  spendingOutcome('family'),
  ...PUBLIC_PAYERS.map(spendingOutcome),
  spendingOutcome('total'),
];
