/**
 * `ChildTraceController`: a Lit reactive controller that follows one child through two
 * systems in a simulation worker of its own, so tracing neither freezes the page nor gets in
 * the way of the comparison's worker. Components read `state`, `progress`, `result`, `error`
 * and `childrenSimulated`, and call `trace` and `cancel`.
 *
 * As with runs (`WorkerJob`), each request has an id so a late answer to an earlier request is
 * ignored, and cancelling terminates the worker (the next request starts a fresh one).
 */
import type { ReactiveControllerHost } from 'lit';
import { openSimulationWorker } from '../worker/worker-job.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type { TraceAnswer, TraceRequest, TraceResult, WorkerRequest } from '../worker/worker-protocol.js';

export class ChildTraceController extends WorkerJobController<TraceAnswer, WorkerRequest> {
  result: TraceResult | undefined = undefined;
  /**
   * Children simulated, by reform id, once an answer has said (valid ids are 0 … count − 1).
   * A reform can change how many needs arise, so the count is the reform's; the options are
   * the comparison's, fixed for this controller's host.
   */
  readonly childrenSimulated = new Map<string, number>();

  /** The request being (or last) answered. */
  request: TraceRequest | undefined = undefined;
  /** Whether the last error was a child id the run does not have. */
  outOfRange = false;

  constructor(host: ReactiveControllerHost) {
    super(host, 'the simulation worker failed to start', openSimulationWorker);
  }

  /** Follow a child (or the suggested one), cancelling any request in progress. */
  trace(request: TraceRequest): void {
    if (this.state === 'running') this.job.stop();
    this.outOfRange = false;
    this.request = request;
    this.job.start((runId) => ({ type: 'trace', runId, request }));
  }

  /** Stop the request in progress; the last result shown stays. */
  cancel(): void {
    this.job.cancel();
  }

  protected receive(message: TraceAnswer): void {
    switch (message.type) {
      case 'trace-progress':
        this.job.advance(message.done);
        break;
      case 'trace-done':
        this.result = message.result;
        this.childrenSimulated.set(message.result.request.reform, message.result.pair.childrenSimulated);
        this.job.finish();
        break;
      case 'trace-error':
        this.outOfRange = message.childrenSimulated !== undefined;
        if (message.childrenSimulated !== undefined && this.request !== undefined)
          this.childrenSimulated.set(this.request.reform, message.childrenSimulated);
        // The worker is still sound (the request was refused, not broken), so it is kept.
        this.job.fail(message.message, false);
        break;
    }
  }
}
