/**
 * The messages for a one-way sensitivity analysis (a tornado) in the simulation worker: the
 * page names a reform (or none, for the baseline's own level), an outcome, the parameters to
 * vary and the run options; the worker answers with sim-core's `SensitivityAnalysis`. Plain
 * data only (structured clone), so the numbers arrive exactly as `runSensitivity` computed them.
 */
import type { ParameterKey, RunOptions, SensitivityAnalysis } from '@send-sim/sim-core';
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

/** Page → worker. */
export interface SensitivityMessage {
  readonly type: 'sensitivity';
  readonly runId: number;
  readonly request: SensitivityRunRequest;
}

/** Worker → page. `done` is the share of the analysis finished, 0–1. */
export type SensitivityWorkerMessage =
  | { readonly type: 'sensitivity-progress'; readonly runId: number; readonly done: number }
  | {
      readonly type: 'sensitivity-done';
      readonly runId: number;
      readonly request: SensitivityRunRequest;
      readonly analysis: SensitivityAnalysis;
    }
  | { readonly type: 'sensitivity-error'; readonly runId: number; readonly message: string };
