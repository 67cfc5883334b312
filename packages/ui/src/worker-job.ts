/**
 * `WorkerJob`: one simulation worker and the requests sent to it, for the controllers that
 * feed components (`SimulationController`, `TrainerController`, `ChildTraceController`). It
 * does what they share; each controller keeps its own state and what an answer means.
 *
 * The worker is created on the first request, as an ES module worker (it imports sim-core).
 * A request in progress cannot be interrupted from outside, so stopping terminates the worker
 * and the next request starts a fresh one. Each request has an id, and only an answer to the
 * latest, while its controller still waits for it, is passed on: a late answer to an earlier
 * request is never mistaken for the current one.
 */
import type { PageMessage } from './simulation-protocol.js';

/** How a controller takes what comes back from its worker. */
export interface WorkerJobOptions<Answer extends { readonly runId: number }> {
  /** Whether the controller still waits for an answer (answers are dropped when not). */
  readonly waiting: () => boolean;
  /** An answer to the current request. */
  readonly answer: (message: Answer) => void;
  /** The worker itself failed (its `error` event); it has been stopped already. */
  readonly failed: (message: string) => void;
  /** What `failed` is told when the `error` event gives no message. */
  readonly failure: string;
}

export class WorkerJob<Answer extends { readonly runId: number }> {
  private worker: Worker | undefined;
  private runId = 0;

  constructor(private readonly options: WorkerJobOptions<Answer>) {}

  /**
   * Send a request under a new id (`message` is given it), so answers to any earlier request
   * are ignored from now on.
   */
  send(message: (runId: number) => PageMessage): void {
    this.runId += 1;
    this.ensureWorker().postMessage(message(this.runId));
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
        if (event.data.runId !== this.runId || !this.options.waiting()) return;
        this.options.answer(event.data);
      });
      this.worker.addEventListener('error', (event) => {
        this.stop();
        this.options.failed(event.message || this.options.failure);
      });
    }
    return this.worker;
  }
}
