/**
 * One number per replication for a whole run: how `compareExperiments` and the sensitivity
 * analysis reduce a metric's yearly values (or a payer's yearly cost), so both report the same
 * quantity. Flows and child-years are summed over all years, stocks are taken at the end of the
 * run, mean waits are averaged over the years, shares are the ratio of the summed flows (a flow per stock: over the stock at the start of
 * each year), and
 * costs are summed over all years.
 */
import { COMBINED_COST_LABEL, COST_KEYS, type CostKey, PAYER_LABELS } from '../foundation/payers.js';
import {
  METRICS,
  type MetricDefinition,
  type MetricKind,
  metricBounds,
  type ValueBounds,
} from '../metrics/metric-definitions.js';
import { periodsOf } from '../metrics/metrics-collector.js';
import type { ReplicationResult } from './experiment-types.js';

/**
 * A quantity measured over a run: a model metric, one payer's cost (`cost_<payer>`), public
 * spending (`cost_public`) or public spending plus cost to families (`cost_total`).
 */
export interface RunMeasure {
  readonly id: string;
  readonly label: string;
  /** A metric's kind, or `cost` for money. */
  readonly kind: MetricKind | 'cost';
  readonly higherIsBetter: boolean;
  /** The values it can take (its intervals respect them); costs are never negative. */
  readonly bounds: ValueBounds;
  /** How one run is reduced to this number, in words (e.g. "total over the run"). */
  readonly overRun: string;
  /** Whether a metric counts pounds (the DSG deficit, high-needs income and spending); costs are `kind: 'cost'`. */
  readonly money?: boolean;
}

const OVER_RUN: Readonly<Record<RunMeasure['kind'], string>> = {
  stock: 'count at the end of the run',
  flow: 'total over the run',
  childYears: 'child-years over the run',
  meanDays: 'days, mean of the yearly means',
  share: 'share over the run (ratio of the summed flows)',
  cost: '£ over the run, weighted to national',
};

/** How a money metric is reduced over a run. */
const MONEY_OVER_RUN: Readonly<Record<MetricKind, string>> = {
  ...OVER_RUN,
  stock: '£ at the end of the run, weighted to national',
  flow: '£ over the run, weighted to national',
};

/** How a cost measure is named in lists of measures (sensitivity, sweeps, CSV labels). */
const COST_MEASURE_LABELS: Readonly<Record<CostKey, string>> = {
  ...(Object.fromEntries(Object.entries(PAYER_LABELS).map(([p, label]) => [p, `Cost to ${label}`])) as Record<
    CostKey,
    string
  >),
  family: 'Cost to families',
  public: 'Public spending (the nine public payers)',
  total: COMBINED_COST_LABEL,
};

/**
 * Every quantity a run can be reduced to: the metrics in `METRICS` order, then each payer's
 * cost, public spending and public spending plus cost to families (`COST_KEYS` order).
 */
export const RUN_MEASURES: readonly RunMeasure[] = [
  ...(METRICS as readonly MetricDefinition[]).map((def) => ({
    id: def.id,
    label: def.label,
    kind: def.kind,
    higherIsBetter: def.higherIsBetter,
    bounds: metricBounds(def),
    overRun: def.money === true ? MONEY_OVER_RUN[def.kind] : OVER_RUN[def.kind],
    ...(def.money === true ? { money: true } : {}),
  })),
  ...COST_KEYS.map((payer) => ({
    id: `cost_${payer}`,
    label: COST_MEASURE_LABELS[payer],
    kind: 'cost' as const,
    higherIsBetter: false,
    bounds: 'nonNegative' as const,
    overRun: OVER_RUN.cost,
  })),
];

const BY_ID = new Map(RUN_MEASURES.map((m) => [m.id, m]));
const DEFINITIONS = new Map((METRICS as readonly MetricDefinition[]).map((d) => [d.id, d]));

/** The measure `id` names, or undefined when no metric or payer cost has that id. */
export function findRunMeasure(id: string): RunMeasure | undefined {
  return BY_ID.get(id);
}

/** The value of measure `id` over one replication's run (NaN for a share whose denominator is 0). */
export function measureOverRun(id: string, replication: ReplicationResult): number {
  const measure = BY_ID.get(id);
  if (measure === undefined) {
    throw new RangeError(`metric: expected a metric id or cost_<payer>, found ${JSON.stringify(id)}`);
  }
  const def = DEFINITIONS.get(id);
  if (def !== undefined) return metricOverRun(def, replication);
  return replication.costs[id.slice('cost_'.length) as CostKey].reduce((s, v) => s + v, 0);
}

/** The value of one metric over one replication's run. */
export function metricOverRun(def: MetricDefinition, replication: ReplicationResult): number {
  const sum = (id: string) => (replication.metrics[id] ?? []).reduce((s, v) => s + v, 0);
  if (def.ratio !== undefined) {
    // A flow over a stock: the stock at the start of each year the flow counts (metrics-collector.ts).
    const num = replication.metrics[def.ratio.numerator] ?? [];
    const den = periodsOf(replication.metrics[def.ratio.denominator] ?? [], num).reduce((s, v) => s + v, 0);
    return den > 0 ? sum(def.ratio.numerator) / den : Number.NaN;
  }
  const row = replication.metrics[def.id] ?? [];
  if (def.kind === 'stock') return row[row.length - 1] ?? 0;
  const total = sum(def.id);
  return def.kind === 'meanDays' ? total / Math.max(row.length, 1) : total;
}
