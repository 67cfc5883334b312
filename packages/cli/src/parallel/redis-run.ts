/**
 * One command's run on the Redis backend, as its results come in: which jobs are still out,
 * each replication's result kept by its job index (never by arrival), and each scenario
 * summarised over its replications in replication order as soon as its last one is in, exactly
 * as the local pool summarises (0005). Arrival order, retries and duplicate reports change
 * nothing: a job's result is recorded once, at its index.
 */
import { randomUUID } from 'node:crypto';
import {
  type ExperimentResult,
  type ReplicationResult,
  type ResolvedScenario,
  type RunOptions,
  summarise,
} from '@send-sim/sim-core';
import { BackendError } from '../errors.js';
import type { ExperimentDone, PoolProgress } from './backend.js';
import { jobIdOf } from './redis-job.js';

export class RedisRun {
  /** This invocation's id: every job id starts with it, so runs sharing the queue never meet. */
  readonly id = randomUUID();
  /** Indexes of the jobs whose results have not come in. */
  readonly outstanding: Set<number>;
  /** Every scenario's result, in the order given, once every replication is in; rejects with the first failure. */
  readonly done: Promise<ExperimentResult[]>;
  readonly total: number;
  private readonly replications: number;
  private readonly results: ReplicationResult[];
  private readonly experiments: ExperimentResult[];
  /** Share done of each job (0–1), for the progress bar. */
  private readonly partial: Float64Array;
  /** Replications still to come, by scenario. */
  private readonly left: number[];
  private settle!: { resolve: (results: ExperimentResult[]) => void; reject: (error: Error) => void };

  constructor(
    private readonly scenarios: readonly ResolvedScenario[],
    private readonly options: RunOptions,
    private readonly onProgress?: PoolProgress,
    private readonly onExperiment?: ExperimentDone,
  ) {
    this.replications = options.replications;
    this.total = scenarios.length * options.replications;
    this.results = new Array(this.total);
    this.experiments = new Array(scenarios.length);
    this.partial = new Float64Array(this.total);
    this.left = scenarios.map(() => options.replications);
    this.outstanding = new Set(Array.from({ length: this.total }, (_, job) => job));
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // It may fail while the jobs are still being added, before anyone awaits it: not unhandled.
    this.done.catch(() => {});
    if (this.total === 0) this.settle.resolve([]);
  }

  /** The id of job `job` of this run. */
  jobId(job: number): string {
    return jobIdOf(this.id, job);
  }

  /** The index of an outstanding job of this run with id `jobId`, else undefined. */
  indexOf(jobId: string): number | undefined {
    if (!jobId.startsWith(`${this.id}-`)) return undefined;
    const job = Number(jobId.slice(this.id.length + 1));
    return this.outstanding.has(job) ? job : undefined;
  }

  /** Job `job`'s result; false if it was already in (a second report of the same job). */
  record(job: number, result: ReplicationResult): boolean {
    if (!this.outstanding.delete(job)) return false;
    this.results[job] = result;
    this.partial[job] = 1;
    this.report();
    const s = Math.floor(job / this.replications);
    if (--this.left[s]! === 0) {
      const from = s * this.replications;
      this.experiments[s] = summarise(
        this.scenarios[s]!,
        this.options,
        this.results.slice(from, from + this.replications),
      );
      this.onExperiment?.(s, this.experiments[s]);
    }
    if (this.outstanding.size === 0) this.settle.resolve(this.experiments);
    return true;
  }

  /** How far job `job` has got (0–1), as its worker last said. */
  progress(job: number, done: number): void {
    if (!this.outstanding.has(job)) return;
    // Below 1: only its result finishes a job (a retried job may report less than before).
    this.partial[job] = Math.min(done, 0.99);
    this.report();
  }

  /** Job `job` failed for good: the run fails, naming the replication and the worker's reason. */
  fail(job: number, reason: string): void {
    const scenario = this.scenarios[Math.floor(job / this.replications)]!;
    this.stop(
      new BackendError(
        `replication ${job % this.replications} of "${scenario.id}" failed on a worker: ${reason}`,
      ),
    );
  }

  /** End the run with `error` (Redis lost, interrupted). */
  stop(error: Error): void {
    this.settle.reject(error);
  }

  /** Tell `onProgress` the share done and how many replications are in. */
  report(): void {
    const done = this.partial.reduce((a, b) => a + b, 0) / Math.max(1, this.total);
    this.onProgress?.(done, this.total - this.outstanding.size, this.total);
  }
}
