/**
 * The one message protocol between the page and the simulation worker (`simulation-worker.ts`),
 * for every job the worker does: a replication of the pool (comparisons, sensitivity analyses,
 * the story's comparison), a trainer-mode movement log, a traced child and the calibration
 * backtest. One worker script takes them all, so there is one list of requests and one of
 * answers, both discriminated unions on `type`, and one dispatch (`worker-dispatch.ts`).
 *
 * The naming rule: a request of type `T` is answered by `T-progress` (the share done, 0–1),
 * then `T-done` with its result or `T-error` with a message. Answers carry the request's id
 * (`runId`, or `job` for the pool's replications), so a late answer to an earlier request is
 * never mistaken for the current one. Plain data only (structured clone), so numbers arrive bit
 * for bit as sim-core computed them.
 *
 * Also here, because the controllers speak it: what a comparison, a sensitivity analysis and a PSA ask
 * for, and the replication pool's own messages (the pool answers its controller as a worker
 * would: `ReplicationPool`).
 */
import type {
  CalibrationReport,
  ChildTracePair,
  Comparison,
  DivergentChild,
  ExperimentResult,
  LocalAreaFile,
  MovementRun,
  ParameterKey,
  ReformScenarioFile,
  ReplicationResult,
  ResolvedScenario,
  RunOptions,
  TypicalChild,
} from '@send-sim/sim-core';

// What the page asks for

/** A reform to run: a library scenario's id, or a whole reform file (one built in the editor). */
export type ReformRef = string | ReformScenarioFile;

/** A comparison: the baseline and each reform with the same options (common random numbers). */
export interface SimulationRequest {
  readonly baseline: string;
  readonly reforms: readonly ReformRef[];
  readonly options: RunOptions;
  /** A local area to run for, one-to-one (scale 1); absent for England. */
  readonly area?: LocalAreaFile;
}

/** A scenario's result without its per-replication values (too large to keep on the page). */
export type ExperimentSummary = Omit<ExperimentResult, 'replications'>;

/** Everything a finished comparison gives the page. */
export interface SimulationResults {
  readonly baseline: ExperimentSummary;
  /** In the order requested. */
  readonly reforms: readonly ExperimentSummary[];
  /** `comparisons[i]` is `reforms[i]` − baseline, paired by replication. */
  readonly comparisons: readonly Comparison[];
}

/**
 * A one-way sensitivity analysis (a tornado): a reform (or none, for the baseline's own level),
 * an outcome, the parameters to vary and the run options. The `SensitivityController` plans it
 * with sim-core's `planSensitivity` and runs the plan's scenarios on the replication pool; the
 * parameters' ranges are the bundled baseline file's.
 */
export interface SensitivityRunRequest {
  /** Measure reform − baseline; without it, the outcome's level in the baseline. */
  readonly reform?: ReformRef;
  /** An outcome id: a metric id or `cost_<payer>` / `cost_total`. */
  readonly metric: string;
  readonly parameters: readonly ParameterKey[];
  /** The comparison's seed, years and scale, with the analysis's own (small) number of replications. */
  readonly options: RunOptions;
}

/**
 * A probabilistic sensitivity analysis ("How sure is this?"): the compared reforms, an outcome,
 * the number of draws and the run options. The `PsaController` plans it with sim-core's
 * `planPsa` (every parameter with a plausible range in the bundled baseline file drawn together)
 * and runs every draw's scenarios on the replication pool, as a sensitivity analysis is run.
 */
export interface PsaRunRequest {
  /** At least one; each is re-resolved on every draw's baseline. */
  readonly reforms: readonly ReformRef[];
  /** An outcome id: a metric id or `cost_<payer>` / `cost_total`. */
  readonly metric: string;
  /** Draws of the parameters, at least 2. */
  readonly draws: number;
  /** The comparison's seed, years and scale, with the analysis's own replications per draw. */
  readonly options: RunOptions;
}

/** One job of the replication pool: replication `replication` of `scenario` with `options`. */
export interface ReplicationJob {
  readonly scenario: ResolvedScenario;
  readonly options: RunOptions;
  readonly replication: number;
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

/** Which child to follow, in which two systems, with the options the comparison ran with. */
export interface TraceRequest {
  readonly baseline: string;
  readonly reform: string;
  /** The comparison's seed, years and scale; replication 0 is traced. */
  readonly options: { readonly seed: number; readonly years: number; readonly scale: number };
  /**
   * A child id, `'suggest'` for the child whose journey differs most, or `'typical'` for the
   * typical child (`divergentChildren` in sim-core states the rule).
   */
  readonly childId: number | 'suggest' | 'typical';
}

/** What tracing found: both traces and, when it was asked to suggest, the ranking. */
export interface TraceResult {
  readonly request: TraceRequest;
  readonly pair: ChildTracePair;
  /** For `'suggest'` and `'typical'`: the most divergent children, most divergent first. */
  readonly suggestions: readonly DivergentChild[];
  /** For `'suggest'` and `'typical'`: the typical child, shown beside them. */
  readonly typical: TypicalChild | undefined;
  /** For `'suggest'` and `'typical'`: how many children's journeys differ at all. */
  readonly divergentCount: number | undefined;
}

/** How to run the calibration backtest (January 2019 onwards); its years follow from the targets. */
export interface BacktestOptions {
  readonly seed: number;
  readonly replications: number;
  readonly scale: number;
}

// Page → worker

/** Run job number `job` of the pool's current run (`ReplicationPool`). */
export interface ReplicationMessage extends ReplicationJob {
  readonly type: 'replication';
  readonly job: number;
}

/** Run a trainer-mode movement log. */
export interface TrainerMessage {
  readonly type: 'trainer';
  readonly runId: number;
  readonly request: TrainerRequest;
}

/** Follow a child through two systems. */
export interface TraceMessage {
  readonly type: 'trace';
  readonly runId: number;
  readonly request: TraceRequest;
}

/** Run the calibration backtest and judge it against the published targets (`sendsim calibrate`). */
export interface BacktestMessage {
  readonly type: 'backtest';
  readonly runId: number;
  readonly options: BacktestOptions;
  /** The text of `calibration-targets.json`. */
  readonly targets: string;
}

// Worker → page

export type ReplicationAnswer =
  | { readonly type: 'replication-progress'; readonly job: number; readonly done: number }
  | { readonly type: 'replication-done'; readonly job: number; readonly result: ReplicationResult }
  | { readonly type: 'replication-error'; readonly job: number; readonly message: string };

export type TrainerAnswer =
  | { readonly type: 'trainer-progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'trainer-done'; readonly runId: number; readonly run: MovementRun }
  | { readonly type: 'trainer-error'; readonly runId: number; readonly message: string };

export type TraceAnswer =
  | { readonly type: 'trace-progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'trace-done'; readonly runId: number; readonly result: TraceResult }
  | {
      readonly type: 'trace-error';
      readonly runId: number;
      readonly message: string;
      /** Set when the id was out of range: the children simulated, so the page can say which ids exist. */
      readonly childrenSimulated?: number;
    };

export type BacktestAnswer =
  | { readonly type: 'backtest-progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'backtest-done'; readonly runId: number; readonly report: CalibrationReport }
  | { readonly type: 'backtest-error'; readonly runId: number; readonly message: string };

/** Every job the worker does, by request type: what the page sends and what comes back. */
export interface WorkerJobs {
  readonly replication: { readonly request: ReplicationMessage; readonly answer: ReplicationAnswer };
  readonly trainer: { readonly request: TrainerMessage; readonly answer: TrainerAnswer };
  readonly trace: { readonly request: TraceMessage; readonly answer: TraceAnswer };
  readonly backtest: { readonly request: BacktestMessage; readonly answer: BacktestAnswer };
}

export type WorkerRequestType = keyof WorkerJobs;
/** Everything the page may send the simulation worker. */
export type WorkerRequest = WorkerJobs[WorkerRequestType]['request'];
/** Everything the simulation worker may send back. */
export type WorkerAnswer = WorkerJobs[WorkerRequestType]['answer'];
/** The answers to requests of type `T`. */
export type AnswerTo<T extends WorkerRequestType> = WorkerJobs[T]['answer'];

/** The request types, checked against `WorkerJobs` by the compiler (none missing, none extra). */
const REQUEST_TYPES = {
  replication: true,
  trainer: true,
  trace: true,
  backtest: true,
} as const satisfies Record<WorkerRequestType, true>;

/**
 * `data` as a request, if its `type` is one the worker takes; otherwise a `TypeError` naming
 * what was sent and what is taken. Only the tag is checked: the page is the only sender.
 *
 * @example
 * workerRequest({ type: 'simulate' }); // throws: … unknown type "simulate" (it takes replication, trainer, trace or backtest)
 */
export function workerRequest(data: unknown): WorkerRequest {
  const type = typeof data === 'object' && data !== null && 'type' in data ? data.type : undefined;
  if (typeof type === 'string' && Object.hasOwn(REQUEST_TYPES, type)) return data as WorkerRequest;
  const types = Object.keys(REQUEST_TYPES);
  const found = type === undefined ? 'no type' : `unknown type ${JSON.stringify(type)}`;
  throw new TypeError(
    `the simulation worker was sent a message with ${found} (it takes ${types.slice(0, -1).join(', ')} or ${types.at(-1)})`,
  );
}

// Controller ↔ replication pool

/** Controller → pool: run every job. */
export interface PoolRequest {
  readonly runId: number;
  readonly jobs: readonly ReplicationJob[];
}

/**
 * Pool → controller. `done` is the share of the run finished, 0–1; `results[j]` is job `j`'s
 * result, whatever order the jobs finished in.
 */
export type PoolAnswer =
  | { readonly type: 'pool-progress'; readonly runId: number; readonly done: number }
  | { readonly type: 'pool-done'; readonly runId: number; readonly results: readonly ReplicationResult[] }
  | { readonly type: 'pool-error'; readonly runId: number; readonly message: string };
