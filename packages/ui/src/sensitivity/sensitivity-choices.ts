/**
 * What the "What drives this result?" panel offers: the outcomes (the headline cards' and the
 * chart's, so every figure on the page can be questioned), the parameters that can be varied
 * (those with a plausible range in the baseline file), the default set (the calibration's free
 * parameters: the behavioural assumptions no source measures directly) and how many
 * replications each run gets.
 */
import { FREE_PARAMETERS, type MetricKind, PARAMETER_KEYS, type ParameterKey } from '@send-sim/sim-core';
import { BASELINE_FILE } from '../app/scenarios.js';
import { CHART_OUTCOMES } from '../charts/chart-outcomes.js';
import { HEADLINE_METRICS } from '../comparison/headline-metrics.js';

/** An outcome the analysis can measure; `id` is what `runSensitivity` takes as its metric. */
export interface SensitivityOutcome {
  readonly id: string;
  readonly label: string;
  readonly kind: MetricKind | 'money';
}

/** The headline cards' outcomes, then the chart's that the cards do not have, each once. */
export const SENSITIVITY_OUTCOMES: readonly SensitivityOutcome[] = [
  ...new Map(
    [...HEADLINE_METRICS, ...CHART_OUTCOMES].map((o) => [o.id, { id: o.id, label: o.label, kind: o.kind }]),
  ).values(),
];

/** Parameters whose plausible range in the baseline file is more than one value, in catalogue order. */
export const RANGED_PARAMETERS: readonly ParameterKey[] = PARAMETER_KEYS.filter((key) => {
  const [low, high] = BASELINE_FILE.parameters[key].range;
  return low !== high;
});

/** The calibration's free parameters: varied by default. */
export const FREE_PARAMETER_KEYS: readonly ParameterKey[] = FREE_PARAMETERS.map((p) => p.key);

/** Which parameters to vary: the free ones, every one with a range, or a list the user ticks. */
export type ParameterSet = 'free' | 'ranged' | 'chosen';

/**
 * Each run's replications: the comparison's, but at most this many. A tornado runs the model
 * four times per parameter with a reform, so a handful of replications keeps it to minutes;
 * the intervals shown are correspondingly wider than the comparison's.
 */
export const MAX_SENSITIVITY_REPLICATIONS = 3;

export function sensitivityReplications(comparisonReplications: number): number {
  return Math.min(comparisonReplications, MAX_SENSITIVITY_REPLICATIONS);
}

/** About how many runs an analysis needs: the central run and both ends of each parameter, twice with a reform. */
export function runsNeeded(parameters: number, withReform: boolean): number {
  return (1 + 2 * parameters) * (withReform ? 2 : 1);
}
