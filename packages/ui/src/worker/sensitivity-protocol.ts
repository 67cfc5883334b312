/**
 * What a one-way sensitivity analysis (a tornado) asks for: a reform (or none, for the
 * baseline's own level), an outcome, the parameters to vary and the run options. The
 * `SensitivityController` plans it with sim-core's `planSensitivity` and runs the plan's
 * scenarios on the replication pool.
 */
import type { ParameterKey, RunOptions } from '@send-sim/sim-core';
import type { ReformRef } from './simulation-protocol.js';

/** What to analyse; the parameters' ranges are the bundled baseline file's. */
export interface SensitivityRunRequest {
  /** Measure reform − baseline; without it, the outcome's level in the baseline. */
  readonly reform?: ReformRef;
  /** An outcome id: a metric id or `cost_<payer>` / `cost_total`. */
  readonly metric: string;
  readonly parameters: readonly ParameterKey[];
  /** The comparison's seed, years and scale, with the analysis's own (small) number of replications. */
  readonly options: RunOptions;
}
