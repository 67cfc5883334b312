/**
 * What a comparison asks for and gives (run on the replication pool: `replication-protocol.ts`),
 * and the messages between the page and the simulation worker, which runs trainer mode and
 * traces children. Plain data only (structured clone), so numbers arrive bit for bit as
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
 * Trainer mode: one replication of each scenario with its movement log (every child's state
 * each month and a sample of dots), and, for two scenarios, their paired comparison over
 * `replications` replications (so the story's money figures carry a 95% interval).
 */
export interface TrainerRequest {
  /** The baseline first, then at most one reform. */
  readonly scenarios: readonly string[];
  readonly seed: number;
  readonly years: number;
  readonly scale: number;
  /** Children drawn as dots. */
  readonly sampleSize: number;
  /** Replications of the comparison (ignored for one scenario). */
  readonly replications: number;
}

/** What a trainer run gives the page: a movement log per scenario, and the comparison if two. */
export interface TrainerResults {
  readonly runs: readonly MovementRun[];
  readonly comparison: Comparison | undefined;
}

/** Page → worker, for trainer mode. */
export interface TrainerRunMessage {
  readonly type: 'trainer-run';
  readonly runId: number;
  readonly request: TrainerRequest;
}

/** Everything the page may send the simulation worker: a trainer run or a child to trace (child-trace-protocol.ts). */
export type PageMessage = TrainerRunMessage | TraceMessage;

/** Simulation worker → page, for a trainer run. */
export type WorkerMessage =
  | { readonly type: 'trainer-done'; readonly runId: number; readonly results: TrainerResults }
  | { readonly type: 'error'; readonly runId: number; readonly message: string };
