/**
 * The simulation worker's one dispatch: each request goes to the handler for its type
 * (`worker-protocol.ts` lists them), which answers through `post`. The worker script only
 * listens and passes each message here.
 */
import { handleBacktest } from './calibration-handler.js';
import { handleTrace } from './child-trace-handler.js';
import { handleReplication } from './replication-handler.js';
import { handleTrainer } from './trainer-handler.js';
import { type WorkerAnswer, workerRequest } from './worker-protocol.js';

/**
 * Answer the message `data` through `post`. A message of a type the worker does not take is a
 * bug in the page, not a failed job: it throws (`workerRequest` says what was sent), which in
 * the worker is an `error` event the page reports, rather than a silence the page waits on
 * forever. Handlers never throw: a job that fails is answered with its `…-error`.
 */
export function dispatchRequest(data: unknown, post: (answer: WorkerAnswer) => void): void {
  const request = workerRequest(data);
  switch (request.type) {
    case 'replication':
      handleReplication(request, post);
      break;
    case 'trainer':
      handleTrainer(request, post);
      break;
    case 'trace':
      handleTrace(request, post);
      break;
    case 'backtest':
      handleBacktest(request, post);
      break;
    default:
      request satisfies never;
  }
}
