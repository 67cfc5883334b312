/**
 * `ChildTraceController`: a Lit reactive controller that follows one child through two
 * systems in a simulation worker of its own, so tracing neither freezes the page nor gets in
 * the way of the comparison's worker. Components read `state`, `progress`, `result`, `error`
 * and `childrenSimulated`, and call `trace` and `cancel`.
 *
 * As with runs (`WorkerJob`), each request has an id so a late answer to an earlier request is
 * ignored, and cancelling terminates the worker (the next request starts a fresh one).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TraceRequest, TraceResult, TraceWorkerMessage } from './child-trace-protocol.js';
import { WorkerJob } from './worker-job.js';

/** Where tracing is: nothing yet, working, finished, failed or stopped by the user. */
export type TraceState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export class ChildTraceController implements ReactiveController {
  state: TraceState = 'idle';
  /** Share of the current request done, 0–1. */
  progress = 0;
  result: TraceResult | undefined = undefined;
  error: string | undefined = undefined;
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

  private readonly job = new WorkerJob<TraceWorkerMessage>({
    waiting: () => this.state === 'running',
    answer: (message) => this.receive(message),
    failed: (message) => {
      this.state = 'error';
      this.error = message;
      this.host.requestUpdate();
    },
    failure: 'the simulation worker failed to start',
  });

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job.stop();
    if (this.state === 'running') this.state = 'cancelled';
  }

  /** Follow a child (or the suggested one), cancelling any request in progress. */
  trace(request: TraceRequest): void {
    if (this.state === 'running') this.job.stop();
    this.state = 'running';
    this.progress = 0;
    this.error = undefined;
    this.outOfRange = false;
    this.request = request;
    this.job.send((runId) => ({ type: 'trace', runId, request }));
    this.host.requestUpdate();
  }

  /** Stop the request in progress; the last result shown stays. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.job.stop();
    this.state = 'cancelled';
    this.host.requestUpdate();
  }

  private receive(message: TraceWorkerMessage): void {
    switch (message.type) {
      case 'trace-progress':
        this.progress = message.done;
        break;
      case 'trace-done':
        this.progress = 1;
        this.result = message.result;
        this.childrenSimulated.set(message.result.request.reform, message.result.pair.childrenSimulated);
        this.state = 'done';
        break;
      case 'trace-error':
        this.state = 'error';
        this.error = message.message;
        this.outOfRange = message.childrenSimulated !== undefined;
        if (message.childrenSimulated !== undefined && this.request !== undefined)
          this.childrenSimulated.set(this.request.reform, message.childrenSimulated);
        break;
    }
    this.host.requestUpdate();
  }
}
