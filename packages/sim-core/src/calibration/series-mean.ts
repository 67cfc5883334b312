/**
 * A run's mean over replications of one metric in one year, as the checks `sendsim calibrate`
 * prints after the backtest read them (need mix, special schools by age, new plans by age, plans
 * by phase). A run without it is a programming error, named after the check that asked.
 */
import type { ExperimentResult } from '../experiment/experiment-types.js';
import type { MetricId } from '../metrics/metric-definitions.js';

export function seriesMean(
  result: Pick<ExperimentResult, 'series'>,
  metric: MetricId,
  year: number,
  check: string,
): number {
  const row = result.series.find((r) => r.metric === metric && r.year === year);
  if (row === undefined) throw new Error(`${check}: the run has no ${metric} for ${year}`);
  return row.value.mean;
}
