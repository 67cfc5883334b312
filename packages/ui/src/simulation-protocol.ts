/**
 * The messages between the page and the simulation worker. Plain data only (structured
 * clone), so numbers arrive bit for bit as sim-core computed them.
 */
import type { Comparison, ExperimentResult, RunOptions } from '@send-sim/sim-core';
import type { TraceMessage } from './child-trace-protocol.js';

/** What to run: the baseline and each reform with the same options (common random numbers). */
export interface SimulationRequest {
  readonly baseline: string;
  readonly reforms: readonly string[];
  readonly options: RunOptions;
}

/** A scenario's result without its per-replication values (too large to keep on the page). */
export type ExperimentSummary = Omit<ExperimentResult, 'replications'>;

/** Everything a finished run gives the page. */
export interface SimulationResults {
  readonly baseline: ExperimentSummary;
  /** In the order requested. */
  readonly reforms: readonly ExperimentSummary[];
  /** `comparisons[i]` is `reforms[i]` − baseline, paired by replication. */
  readonly comparisons: readonly Comparison[];
}

/** Page → worker. */
export interface RunMessage {
  readonly type: 'run';
  readonly runId: number;
  readonly request: SimulationRequest;
}

/** Everything the page may send the worker: a run, or a child to trace (child-trace-protocol.ts). */
export type PageMessage = RunMessage | TraceMessage;

/** Worker → page. `done` is the share of the whole run finished, 0–1. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'done'; readonly runId: number; readonly results: SimulationResults }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
