/**
 * `WorkerJobController`: what every controller that runs requests in a worker shares
 * (`SimulationController` and `SensitivityController` on the replication pool,
 * `TrainerController` and `ChildTraceController` on a simulation worker each): it registers
 * with its Lit host, owns a `WorkerJob`, shows where the latest request is (`state`,
 * `progress`, `remaining`, `error`) and terminates the worker when the host leaves the page. A
 * subclass says where its requests go, what they are and what their answers mean.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type JobState, type OpenPort, WorkerJob } from './worker-job.js';

export abstract class WorkerJobController<Answer extends { readonly runId: number }, Request>
  implements ReactiveController
{
  protected readonly job: WorkerJob<Answer, Request>;

  /**
   * `failure`: what `error` says when the worker itself fails without a message; `open`: starts
   * where requests go (`openSimulationWorker`, or a `ReplicationPool`).
   */
  constructor(host: ReactiveControllerHost, failure: string, open: OpenPort<Request, Answer>) {
    host.addController(this);
    this.job = new WorkerJob(host, {
      answer: (message) => this.receive(message),
      failure,
      failed: () => this.workerFailed(),
      open,
    });
  }

  /** Where the latest request is: nothing yet, running, finished, failed or stopped by the user. */
  get state(): JobState {
    return this.job.state;
  }

  /** Share of the running request done, 0–1. */
  get progress(): number {
    return this.job.progress;
  }

  /** Seconds the running request has left, once there is enough progress to estimate it. */
  get remaining(): number | undefined {
    return this.job.remaining;
  }

  get error(): string | undefined {
    return this.job.error;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job.abandon();
  }

  /** An answer to the running request. */
  protected abstract receive(message: Answer): void;

  /** The worker itself failed (before the host is asked to update); nothing to forget by default. */
  protected workerFailed(): void {}
}
