/**
 * Paired comparison of a reform with its baseline. Replication r of both runs used the same
 * random streams (common random numbers), so the difference is taken replication by
 * replication and summarised with its own interval: far tighter than comparing two means.
 *
 * Per replication, each metric is reduced to one number over the run (`metricOverRun`): flows
 * and child-years are summed over all years, stocks are taken at the end of the run, mean waits
 * are averaged over the years, shares are the ratio of the summed flows; costs are summed over
 * all years.
 */
import { COST_KEYS } from '../foundation/payers.js';
import {
  METRICS,
  type MetricDefinition,
  metricBounds,
  type ValueBounds,
} from '../metrics/metric-definitions.js';
import type {
  Comparison,
  ExperimentResult,
  PairedDifference,
  ReplicationResult,
} from './experiment-types.js';
import { metricOverRun } from './metric-over-run.js';
import { estimate } from './statistics.js';
import { UNMET_NEED_METRIC, valueForMoney } from './value-for-money.js';

/**
 * Reform − baseline for every metric, every payer's cost and their sums (`COST_KEYS`), paired by
 * replication, and the reform's value for money (`value-for-money.ts`).
 */
export function compareExperiments(baseline: ExperimentResult, reform: ExperimentResult): Comparison {
  const a = baseline.meta;
  const b = reform.meta;
  for (const key of ['seed', 'reps', 'years', 'scale', 'startDate', 'modelVersion'] as const) {
    if (a[key] !== b[key]) {
      throw new RangeError(
        `compare: ${key} must match for a paired comparison: baseline ${a.scenario} has ${a[key]}, reform ${b.scenario} has ${b[key]}`,
      );
    }
  }
  const differences: PairedDifference[] = [];
  for (const def of METRICS as readonly MetricDefinition[]) {
    const reduce = (r: ReplicationResult): number => metricOverRun(def, r);
    differences.push(
      paired(
        def.id,
        def.higherIsBetter,
        metricBounds(def),
        baseline.replications.map(reduce),
        reform.replications.map(reduce),
      ),
    );
  }
  for (const payer of COST_KEYS) {
    const reduce = (r: ReplicationResult) => r.costs[payer].reduce((s, v) => s + v, 0);
    differences.push(
      paired(
        `cost_${payer}`,
        false,
        'nonNegative',
        baseline.replications.map(reduce),
        reform.replications.map(reduce),
      ),
    );
  }
  const change = (of: (r: ReplicationResult) => number) =>
    reform.replications.map((r, i) => of(r) - of(baseline.replications[i]!));
  const runCost = (key: 'public' | 'family') => (r: ReplicationResult) =>
    r.costs[key].reduce((s, v) => s + v, 0);
  const unmet = METRICS.find((d) => d.id === UNMET_NEED_METRIC) as MetricDefinition;
  const vfm = valueForMoney(
    change(runCost('public')),
    change(runCost('family')),
    change((r) => metricOverRun(unmet, r)),
    b,
  );
  return { baseline: a, reform: b, differences, valueForMoney: vfm };
}

/** Each side's interval within the measure's bounds; the difference may take either sign. */
function paired(
  metric: string,
  higherIsBetter: boolean,
  bounds: ValueBounds,
  base: number[],
  reform: number[],
): PairedDifference {
  const diffs = base.map((v, i) => reform[i]! - v);
  const better = diffs.filter((d) => (higherIsBetter ? d > 0 : d < 0)).length;
  return {
    metric,
    baseline: estimate(base, bounds),
    reform: estimate(reform, bounds),
    difference: estimate(diffs, 'signed'),
    shareReformBetter: diffs.length === 0 ? 0 : better / diffs.length,
    higherIsBetter,
  };
}
