/**
 * The module Web Worker for trainer mode and for following a child, so the page never freezes.
 * Comparisons and sensitivity analyses run on the replication pool instead
 * (`replication-pool.ts`): they are many independent replications, which the pool spreads over
 * the cores; a trainer run or a trace is one run, so one worker is enough.
 */
import { handleTrace } from './child-trace-worker.js';
import type { PageMessage, WorkerMessage } from './simulation-protocol.js';
import { runTrainer } from './trainer-run.js';

const post = (message: WorkerMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<PageMessage>) => {
  // Following a child has its own module.
  if (event.data.type === 'trace') return handleTrace(event.data, (message) => postMessage(message));
  const { runId, request } = event.data;
  let reported = -1;
  const progress = (done: number) => {
    // In steps of at least 1%, so messages do not flood the page.
    if (done - reported >= 0.01 || done === 1) {
      reported = done;
      post({ type: 'trainer-progress', runId, done });
    }
  };
  try {
    post({ type: 'trainer-done', runId, run: runTrainer(request, progress) });
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  }
});
