/**
 * The outcomes the dashboard leads with, in order: money, plans, requests, disputes,
 * timeliness and unmet need. Labels and kinds come from sim-core's METRICS; total cost is the
 * `cost_total` difference that `compareExperiments` adds.
 */
import { METRICS, type MetricKind } from '@send-sim/sim-core';

export interface HeadlineMetric {
  readonly id: string;
  readonly label: string;
  readonly kind: MetricKind | 'money';
  /** What the number over the run means: a total, a count at the end, a share. */
  readonly reduction: string;
  readonly higherIsBetter: boolean;
}

const REDUCTION: Record<MetricKind | 'money', string> = {
  money: 'total over the run, £ million at 2025/26 prices',
  stock: 'in force at the end of the run',
  flow: 'total over the run',
  childYears: 'total over the run',
  share: 'over the whole run',
  meanDays: 'average of the yearly means, days',
};

const HEADLINE_IDS = [
  'ehcp_stock_all_ages',
  'assessment_requests',
  'appeals_registered',
  'share_new_plans_within_20_weeks',
  'unmet_need_child_years',
] as const;

/** The headline cards' metrics, total cost first. */
export const HEADLINE_METRICS: readonly HeadlineMetric[] = [
  {
    id: 'cost_total',
    label: 'Total cost, all payers',
    kind: 'money',
    reduction: REDUCTION.money,
    higherIsBetter: false,
  },
  ...HEADLINE_IDS.map((id): HeadlineMetric => {
    const def = METRICS.find((m) => m.id === id);
    if (def === undefined) throw new Error(`unknown metric ${id}`);
    return {
      id,
      label: def.label,
      kind: def.kind,
      reduction: REDUCTION[def.kind],
      higherIsBetter: def.higherIsBetter,
    };
  }),
];
