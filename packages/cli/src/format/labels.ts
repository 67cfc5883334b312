/**
 * Plain-English names for what the model reports: metric labels (from sim-core's METRICS),
 * short payer names for table columns (with the full PAYER_LABELS as a key), and how each kind
 * of metric is written.
 */
import { METRICS, type MetricDefinition, PAYER_LABELS, PAYERS, type Payer } from '@send-sim/sim-core';

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
] as const;

const BY_ID = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

/** The definition of metric `id` (throws for an unknown id: a bug, not a user error). */
export function metricDefinition(id: string): MetricDefinition {
  const def = BY_ID.get(id);
  if (def === undefined) throw new Error(`unknown metric ${id}`);
  return def;
}

/** Short payer names for table columns. */
export const PAYER_SHORT: Readonly<Record<Payer | 'total', string>> = {
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
  total: 'Total',
};

/** The full name of a payer (or `Total`). */
export function payerLabel(payer: Payer | 'total'): string {
  return payer === 'total' ? 'Total, all payers' : PAYER_LABELS[payer];
}

/** A key for the short payer names: `LA HN = LA high needs; …` (only where they differ). */
export function payerKey(): string {
  const parts = PAYERS.filter((p) => PAYER_SHORT[p] !== PAYER_LABELS[p]).map(
    (p) => `${PAYER_SHORT[p]} = ${PAYER_LABELS[p]}`,
  );
  return parts.join('; ');
}

export { formatMetricChange, formatMetricValue } from '@send-sim/sim-core';

/** What a yearly value of this kind of metric means. */
export function yearlyKindNote(kind: MetricDefinition['kind']): string {
  switch (kind) {
    case 'stock':
      return 'count in January';
    case 'flow':
      return 'number in the year';
    case 'childYears':
      return 'in the year';
    case 'meanDays':
      return 'mean for those admitted in the year';
    case 'share':
      return 'share in the year';
  }
}
