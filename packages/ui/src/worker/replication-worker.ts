/**
 * A worker of the replication pool (`replication-pool.ts`): runs one replication per message
 * with sim-core's `runReplication` and posts its progress and result. The pool gives each
 * worker one job at a time, so a worker never queues work the pool might need to hand to
 * another.
 */
import { runReplication } from '@send-sim/sim-core';
import type { JobAnswer, JobMessage } from './replication-protocol.js';

/** Report progress in steps of at least this share of a job, so messages do not flood the page. */
const PROGRESS_STEP = 0.01;

const post = (message: JobAnswer) => postMessage(message);

addEventListener('message', (event: MessageEvent<JobMessage>) => {
  const { job, scenario, options, replication } = event.data;
  let reported = 0;
  try {
    const { metrics, costs, monthly } = runReplication(scenario, options, replication, (done) => {
      if (done - reported >= PROGRESS_STEP) {
        reported = done;
        post({ type: 'job-progress', job, done });
      }
    });
    // Only what `runExperiment` keeps of a replication, so the assembled result is the same object.
    post({ type: 'job-done', job, result: { metrics, costs, monthly } });
  } catch (error) {
    post({ type: 'job-error', job, message: error instanceof Error ? error.message : String(error) });
  }
});
