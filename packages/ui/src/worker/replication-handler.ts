/**
 * The simulation worker's answer to a `replication` request from the replication pool
 * (`replication-pool.ts`): one replication with sim-core's `runReplication`, its progress and
 * its result. The pool gives each worker one job at a time, so a worker never queues work the
 * pool might need to hand to another.
 */
import { runReplication } from '@send-sim/sim-core';
import type { AnswerTo, ReplicationMessage } from './worker-protocol.js';

/** Report progress in steps of at least this share of a job, so messages do not flood the page. */
const PROGRESS_STEP = 0.01;

/** Answer one `replication` request through `post`. Never throws: failures are posted as `replication-error`. */
export function handleReplication(
  message: ReplicationMessage,
  post: (answer: AnswerTo<'replication'>) => void,
): void {
  const { job, scenario, options, replication } = message;
  let reported = 0;
  try {
    const { metrics, costs, monthly } = runReplication(scenario, options, replication, (done) => {
      if (done - reported >= PROGRESS_STEP) {
        reported = done;
        post({ type: 'replication-progress', job, done });
      }
    });
    // Only what `runExperiment` keeps of a replication, so the assembled result is the same object.
    post({ type: 'replication-done', job, result: { metrics, costs, monthly } });
  } catch (error) {
    post({ type: 'replication-error', job, message: error instanceof Error ? error.message : String(error) });
  }
}
