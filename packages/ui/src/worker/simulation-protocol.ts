/**
 * What a comparison asks for and gives (run on the replication pool: `replication-protocol.ts`),
 * and the messages between the page and the simulation worker, which runs trainer mode's
 * movement logs and traces children. Plain data only (structured clone), so numbers arrive bit for bit as
 * sim-core computed them.
 */
import type {
  Comparison,
  ExperimentResult,
  MovementRun,
  ReformScenarioFile,
  RunOptions,
} from '@send-sim/sim-core';
import type { TraceMessage } from './child-trace-protocol.js';

/** A reform to run: a library scenario's id, or a whole reform file (one built in the editor). */
export type ReformRef = string | ReformScenarioFile;

/** What to run: the baseline and each reform with the same options (common random numbers). */
export interface SimulationRequest {
  readonly baseline: string;
  readonly reforms: readonly ReformRef[];
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

/**
 * Trainer mode: one replication of one scenario with its movement log (every child's state each
 * month and a sample of dots). The story asks for two, the baseline and its reform, and runs
 * their paired comparison on the replication pool (`story-controller.ts`).
 */
export interface TrainerRequest {
  readonly scenario: string;
  readonly seed: number;
  readonly years: number;
  readonly scale: number;
  /** Children drawn as dots. */
  readonly sampleSize: number;
}

/** Page → worker, for trainer mode. */
export interface TrainerRunMessage {
  readonly type: 'trainer-run';
  readonly runId: number;
  readonly request: TrainerRequest;
}

/** Everything the page may send the simulation worker: a trainer run or a child to trace (child-trace-protocol.ts). */
export type PageMessage = TrainerRunMessage | TraceMessage;

/** Simulation worker → page, for a trainer run (`done`: the share of the run simulated, 0–1). */
export type WorkerMessage =
  | { readonly type: 'trainer-progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'trainer-done'; readonly runId: number; readonly run: MovementRun }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
