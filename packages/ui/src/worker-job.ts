/**
 * `WorkerJob`: one simulation worker, the requests sent to it and where the latest request
 * is (`state`, `progress`, `error`), for the controllers that feed components (through
 * `WorkerJobController`). It does what they share; each controller keeps what a request and
 * its answers mean.
 *
 * The worker is created on the first request, as an ES module worker (it imports sim-core).
 * A request in progress cannot be interrupted from outside, so stopping terminates the worker
 * and the next request starts a fresh one. Each request has an id, and only an answer to the
 * latest, while it is running, is passed on: a late answer to an earlier request is never
 * mistaken for the current one.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PageMessage } from './simulation-protocol.js';

/** Where a request is: nothing yet, running, finished, failed or stopped by the user. */
export type JobState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** How a controller takes what comes back from its worker. */
export interface WorkerJobOptions<Answer extends { readonly runId: number }> {
  /** An answer to the running request. */
  readonly answer: (message: Answer) => void;
  /** What `error` says when the worker fails (its `error` event) without a message. */
  readonly failure: string;
  /** Called when the worker itself fails, before the host is asked to update. */
  readonly failed?: () => void;
}

export class WorkerJob<Answer extends { readonly runId: number }> {
  state: JobState = 'idle';
  /** Share of the current request done, 0–1. */
  progress = 0;
  error: string | undefined = undefined;

  private worker: Worker | undefined;
  private runId = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WorkerJobOptions<Answer>,
  ) {}

  /**
   * Send a request under a new id (`message` is given it), so answers to any earlier request
   * are ignored from now on. The worker keeps working on a request still running unless it
   * is stopped first.
   */
  start(message: (runId: number) => PageMessage): void {
    this.runId += 1;
    this.state = 'running';
    this.progress = 0;
    this.error = undefined;
    this.ensureWorker().postMessage(message(this.runId));
    this.host.requestUpdate();
  }

  /** Share `done` (0–1) of the running request is done. */
  advance(done: number): void {
    this.progress = done;
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

  private ensureWorker(): Worker {
    if (this.worker === undefined) {
      this.worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
      this.worker.addEventListener('message', (event: MessageEvent<Answer>) => {
        if (event.data.runId !== this.runId || this.state !== 'running') return;
        this.options.answer(event.data);
      });
      this.worker.addEventListener('error', (event) => {
        this.options.failed?.();
        this.fail(event.message || this.options.failure);
      });
    }
    return this.worker;
  }
}
