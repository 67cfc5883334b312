/**
 * `WorkerJob`: one simulation worker (or the replication pool, which behaves as one), the
 * requests sent to it and where the latest request is (`state`, `progress`, `remaining`,
 * `error`), for the controllers that feed components (through `WorkerJobController`). It does
 * what they share; each controller keeps what a request and its answers mean.
 *
 * The worker is created on the first request, as an ES module worker (it imports sim-core).
 * A request in progress cannot be interrupted from outside, so stopping terminates the worker
 * and the next request starts a fresh one. Each request has an id, and only an answer to the
 * latest, while it is running, is passed on: a late answer to an earlier request is never
 * mistaken for the current one.
 *
 * The time left is estimated here from the progress reported (`TimeRemaining`), with the page's
 * clock (`performance.now()`): the workers and sim-core never read one.
 */
import type { ReactiveControllerHost } from 'lit';
import { TimeRemaining } from './time-remaining.js';
import type { WorkerRequest } from './worker-protocol.js';

/** Where a request is: nothing yet, running, finished, failed or stopped by the user. */
export type JobState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** Where requests go: a module worker, or the replication pool, which answers as one does. */
export interface JobPort<Request> {
  postMessage(request: Request): void;
  terminate(): void;
}

/**
 * Starts a port whose answers go to `listen` and whose failure (a worker's `error` event, with
 * its message if it has one) goes to `broke`.
 */
export type OpenPort<Request, Answer> = (
  listen: (message: Answer) => void,
  broke: (message: string) => void,
) => JobPort<Request>;

/**
 * Starts a simulation worker: the one worker script, whatever the job (`worker-protocol.ts`).
 * The only place the script is named, so Vite bundles it once.
 */
export function startSimulationWorker(): Worker {
  return new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
}

/** Opens a simulation worker of its own for a controller (trainer runs and traced children). */
export function openSimulationWorker<Answer>(
  listen: (message: Answer) => void,
  broke: (message: string) => void,
): JobPort<WorkerRequest> {
  const worker = startSimulationWorker();
  worker.addEventListener('message', (event: MessageEvent<Answer>) => listen(event.data));
  worker.addEventListener('error', (event) => broke(event.message));
  return worker;
}

/** How a controller takes what comes back from its worker. */
export interface WorkerJobOptions<Answer extends { readonly runId: number }, Request> {
  /** An answer to the running request. */
  readonly answer: (message: Answer) => void;
  /** What `error` says when the worker fails (its `error` event) without a message. */
  readonly failure: string;
  /** Called when the worker itself fails, before the host is asked to update. */
  readonly failed?: () => void;
  /** Starts where requests go: the simulation worker, or the replication pool. */
  readonly open: OpenPort<Request, Answer>;
}

export class WorkerJob<Answer extends { readonly runId: number }, Request> {
  state: JobState = 'idle';
  /** Share of the current request done, 0–1. */
  progress = 0;
  error: string | undefined = undefined;

  private worker: JobPort<Request> | undefined;
  private runId = 0;
  private estimate: TimeRemaining | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WorkerJobOptions<Answer, Request>,
  ) {}

  /** Seconds the running request has left, once there is enough progress to estimate it. */
  get remaining(): number | undefined {
    return this.state === 'running' ? this.estimate?.seconds : undefined;
  }

  /**
   * Send a request under a new id (`message` is given it), so answers to any earlier request
   * are ignored from now on. The worker keeps working on a request still running unless it
   * is stopped first.
   */
  start(message: (runId: number) => Request): void {
    this.runId += 1;
    this.state = 'running';
    this.progress = 0;
    this.error = undefined;
    this.estimate = new TimeRemaining(performance.now());
    this.ensureWorker().postMessage(message(this.runId));
    this.host.requestUpdate();
  }

  /**
   * Send the next part of the running request under its id, to the same worker or pool (a
   * request sent in parts, such as a PSA's batches of draws): its progress and time estimate
   * carry on. Nothing is sent unless a request is running.
   */
  continue(message: (runId: number) => Request): void {
    if (this.state !== 'running') return;
    this.ensureWorker().postMessage(message(this.runId));
  }

  /** Share `done` (0–1) of the running request is done. */
  advance(done: number): void {
    this.progress = done;
    this.estimate?.update(done, performance.now());
    this.host.requestUpdate();
  }

  /** The running request has its answer. */
  finish(): void {
    this.progress = 1;
    this.state = 'done';
    this.host.requestUpdate();
  }

  /** The running request failed; `stop` also terminates the worker. */
  fail(message: string, stop = true): void {
    if (stop) this.stop();
    this.state = 'error';
    this.error = message;
    this.host.requestUpdate();
  }

  /** Stop the running request, if there is one; says whether there was. */
  cancel(): boolean {
    if (this.state !== 'running') return false;
    this.stop();
    this.state = 'cancelled';
    this.host.requestUpdate();
    return true;
  }

  /**
   * Terminate the worker as the host leaves the page: a request running counts as cancelled
   * (the host is not asked to update).
   */
  abandon(): void {
    this.stop();
    if (this.state === 'running') this.state = 'cancelled';
  }

  /** Terminate the worker, if there is one; the next request starts a fresh one. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): JobPort<Request> {
    if (this.worker === undefined) {
      this.worker = this.options.open(
        (message) => {
          if (message.runId !== this.runId || this.state !== 'running') return;
          this.options.answer(message);
        },
        (message) => {
          this.options.failed?.();
          this.fail(message || this.options.failure);
        },
      );
    }
    return this.worker;
  }
}
