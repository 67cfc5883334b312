/**
 * The outcomes the dashboard leads with, in order: money, plans, requests and refusals,
 * disputes, timeliness, crises and unmet need (the list). Labels and kinds come from
 * sim-core's METRICS unless a card needs plainer or more exact words (`LABELS`). Money is two
 * cards, never one: public spending (`cost_public`, the nine public payers) and the cost to
 * families (`cost_family`), the differences `compareExperiments` adds; their sum has no card.
 */
import {
  FAMILY_COST_LABEL,
  HEADLINE_OUTCOMES,
  METRICS,
  type MetricKind,
  PUBLIC_SPENDING_LABEL,
} from '@send-sim/sim-core';

export interface HeadlineMetric {
  readonly id: string;
  readonly label: string;
  readonly kind: MetricKind | 'money';
  /** What the number over the run means: a total, a count at the end, a share. */
  readonly reduction: string;
  readonly higherIsBetter: boolean;
}

const REDUCTION: Record<MetricKind | 'money', string> = {
  money: 'total over the run, at 2025/26 prices',
  stock: 'in force at the end of the run',
  flow: 'total over the run',
  childYears: 'total over the run',
  share: 'over the whole run',
  meanDays: 'average wait in days (the mean of each year’s average)',
};

/**
 * The card for sim-core metric `id`, with its usual label and what its number means unless
 * `label` or `reduction` say it better.
 */
export function metricCard(id: string, label?: string, reduction?: string): HeadlineMetric {
  const def = METRICS.find((m) => m.id === id);
  if (def === undefined) throw new Error(`unknown metric ${id}`);
  return {
    id,
    label: label ?? def.label,
    kind: def.kind,
    reduction: reduction ?? REDUCTION[def.kind],
    higherIsBetter: def.higherIsBetter,
  };
}

const HEADLINE_IDS = [
  'ehcp_stock_all_ages',
  'assessment_requests',
  'requests_refused',
  'appeals_registered',
  'share_new_plans_within_20_weeks',
  'crisis_events',
  'unmet_need_child_years',
] as const;

/**
 * Card titles that say more than the metric's short label. The model counts crisis events, not
 * children: a child can reach crisis more than once, so the card must not say "children".
 */
const LABELS: Partial<Record<(typeof HEADLINE_IDS)[number], string>> = {
  requests_refused: 'Requests for statutory assessment refused',
  crisis_events: 'Crises (a child or family reaching crisis)',
};

/** What a card's number counts, where the kind's usual words would mislead. */
const REDUCTIONS: Partial<Record<(typeof HEADLINE_IDS)[number], string>> = {
  crisis_events:
    'exclusions, placement or family breakdowns and mental-health crises, total over the run; a child can have more than one',
};

/** The headline cards' metrics: public spending and the cost to families first, side by side. */
export const HEADLINE_METRICS: readonly HeadlineMetric[] = [
  {
    id: 'cost_public',
    label: PUBLIC_SPENDING_LABEL,
    kind: 'money',
    reduction: `every public payer (not families), ${REDUCTION.money}`,
    higherIsBetter: false,
  },
  {
    id: 'cost_family',
    label: FAMILY_COST_LABEL,
    kind: 'money',
    reduction: `lost earnings, legal costs and private reports, ${REDUCTION.money}`,
    higherIsBetter: false,
  },
  ...HEADLINE_IDS.map((id) => metricCard(id, LABELS[id], REDUCTIONS[id])),
];

// The headline quotes only outcomes that have a card, so each figure it gives is on the page.
for (const [id] of HEADLINE_OUTCOMES) {
  if (!HEADLINE_METRICS.some((m) => m.id === id)) throw new Error(`headline outcome ${id} has no card`);
}
