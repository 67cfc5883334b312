/**
 * Plain-English names for what the model reports: metric labels (from sim-core's METRICS),
 * short payer names for table columns (with the full PAYER_LABELS as a key), and how each kind
 * of metric is written.
 */
import {
  COMBINED_COST_LABEL,
  type CostKey,
  costLabel,
  METRICS,
  type MetricDefinition,
  PAYER_LABELS,
  PAYERS,
  PUBLIC_SPENDING_LABEL,
} from '@send-sim/sim-core';

/** The metrics a `run` table shows, in order. */
export const MAIN_METRICS = [
  'ehcp_stock_all_ages',
  'pupils_on_sen_support',
  'assessment_requests',
  'share_requests_refused',
  'new_plans_issued',
  'share_new_plans_within_20_weeks',
  'appeals_registered',
  'crisis_events',
  'unmet_need_child_years',
  'ep_wait_days',
  'waiting_for_ep_assessment',
  'locum_ep_assessments',
  // Outcomes for families (issue 11): trust, exclusions, suspensions, NEET at 16–24 with or after a plan.
  'mean_trust_sen_families',
  'share_low_trust',
  'exclusions',
  'suspensions',
  'share_neet_16_to_24_with_or_after_plan',
] as const;

const BY_ID = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

/** The definition of metric `id` (throws for an unknown id: a bug, not a user error). */
export function metricDefinition(id: string): MetricDefinition {
  const def = BY_ID.get(id);
  if (def === undefined) throw new Error(`unknown metric ${id}`);
  return def;
}

/** Short payer names for table columns (the sums say what they add: public, or public and families). */
export const PAYER_SHORT: Readonly<Record<CostKey, string>> = {
  school: 'Schools',
  laHighNeeds: 'LA HN',
  laOther: 'LA other',
  health: 'Health',
  socialCare: 'Soc care',
  adultSocialCare: 'Adult SC',
  dwp: 'DWP',
  hmcts: 'HMCTS',
  dfe: 'DfE cap.',
  family: 'Families',
  public: 'Public',
  total: 'Pub.+fam.',
};

/**
 * The full name of a cost row in a table: a payer's name, "Public spending (the nine payers
 * above)" for their subtotal, "Cost to families", and "Public spending plus cost to families".
 */
export function payerLabel(payer: CostKey): string {
  return payer === 'public' ? `${PUBLIC_SPENDING_LABEL} (the nine payers above)` : costLabel(payer);
}

/** A key for the short payer names: `LA HN = LA high needs; …` (only where they differ; `withSums`: and the sums' columns). */
export function payerKey(withSums = false): string {
  const parts = PAYERS.filter((p) => PAYER_SHORT[p] !== PAYER_LABELS[p]).map(
    (p) => `${PAYER_SHORT[p]} = ${PAYER_LABELS[p]}`,
  );
  const sums = withSums
    ? [`Public = ${PUBLIC_SPENDING_LABEL} (every payer but families)`, `Pub.+fam. = ${COMBINED_COST_LABEL}`]
    : [];
  return [...parts, ...sums].join('; ');
}

export { formatMetricChange, formatMetricValue } from '@send-sim/sim-core';

/** What a yearly value of metric `def` means, from its kind (a share of stocks is a January snapshot). */
export function yearlyKindNote(def: MetricDefinition): string {
  switch (def.kind) {
    case 'stock':
      return 'count in January';
    case 'flow':
      return 'number in the year';
    case 'childYears':
      return 'in the year';
    case 'meanDays':
      return 'mean for those admitted in the year';
    case 'share': {
      // A share of stocks (families' trust, NEET at 16–24) is a January snapshot, not the year's; a
      // flow over a stock (exclusions per pupil) is the year's count over January's.
      if (BY_ID.get(def.ratio?.denominator ?? '')?.kind !== 'stock') return 'share in the year';
      return BY_ID.get(def.ratio?.numerator ?? '')?.kind === 'flow'
        ? 'a year, per pupil in January'
        : 'in January';
    }
  }
}
