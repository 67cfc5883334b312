/**
 * The worker side of the replication pool: runs one replication per message and posts back
 * progress and the replication's result (plain data, cloned to the main thread).
 */
import { parentPort } from 'node:worker_threads';
import { type ResolvedScenario, type RunOptions, runReplication } from '@send-sim/sim-core';

/** A job: replication `replication` of `scenario` (index `job` in the pool's list). */
export interface ReplicationJob {
  readonly job: number;
  readonly scenario: ResolvedScenario;
  readonly options: RunOptions;
  readonly replication: number;
}

export type JobMessage =
  | { readonly type: 'progress'; readonly job: number; readonly done: number }
  | { readonly type: 'result'; readonly job: number; readonly result: ReturnType<typeof runReplication> }
  | {
      readonly type: 'error';
      readonly job: number;
      readonly message: string;
      readonly stack: string | undefined;
    };

const port = parentPort;
if (port === null) throw new Error('replication-job must run in a worker thread');

port.on('message', ({ job, scenario, options, replication }: ReplicationJob) => {
  try {
    const result = runReplication(scenario, options, replication, (done) =>
      port.postMessage({ type: 'progress', job, done } satisfies JobMessage),
    );
    port.postMessage({ type: 'result', job, result } satisfies JobMessage);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'error', job, message: e.message, stack: e.stack } satisfies JobMessage);
  }
});
