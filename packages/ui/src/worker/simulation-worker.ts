/**
 * The simulation worker: the app's one Web Worker script (an ES module, as it imports
 * sim-core), so the page never freezes while the model runs. Every job comes to it as a message
 * of `worker-protocol.ts` and goes to its handler (`worker-dispatch.ts`): the replication pool
 * (`replication-pool.ts`) starts one per core for comparisons and sensitivity analyses, which
 * are many independent replications; trainer mode, a traced child and the calibration backtest
 * each have one worker of their own (`WorkerJob`, `<calibration-check>`).
 */
import { dispatchRequest } from './worker-dispatch.js';

addEventListener('message', (event: MessageEvent<unknown>) =>
  dispatchRequest(event.data, (answer) => postMessage(answer)),
);
