/**
 * The messages of the replication pool: between the page's `ReplicationPool` and each of its
 * workers (`replication-worker.ts`), one job at a time, and between the pool and the
 * controller that uses it, one run (a list of jobs) at a time. Plain data only (structured
 * clone), so numbers arrive bit for bit as sim-core computed them.
 */
import type { ReplicationResult } from '@send-sim/sim-core';
import type { ReplicationJob } from './replication-jobs.js';

/** Pool → worker: run job number `job` of the pool's current run. */
export interface JobMessage extends ReplicationJob {
  readonly job: number;
}

/** Worker → pool. `done` is the share of the job finished, 0–1. */
export type JobAnswer =
  | { readonly type: 'job-progress'; readonly job: number; readonly done: number }
  | { readonly type: 'job-done'; readonly job: number; readonly result: ReplicationResult }
  | { readonly type: 'job-error'; readonly job: number; readonly message: string };

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
