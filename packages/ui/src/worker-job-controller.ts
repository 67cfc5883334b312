/**
 * `WorkerJobController`: what every controller that runs requests in a simulation worker
 * shares (`SimulationController`, `TrainerController`, `ChildTraceController`,
 * `SensitivityController`): it registers with its Lit host, owns a `WorkerJob`, shows where the
 * latest request is (`state`, `progress`, `error`) and terminates the worker when the host
 * leaves the page. A subclass says what its requests are and what their answers mean.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type JobState, WorkerJob } from './worker-job.js';

export abstract class WorkerJobController<Answer extends { readonly runId: number }>
  implements ReactiveController
{
  protected readonly job: WorkerJob<Answer>;

  /** `failure`: what `error` says when the worker itself fails without a message. */
  constructor(host: ReactiveControllerHost, failure: string) {
    host.addController(this);
    this.job = new WorkerJob(host, {
      answer: (message) => this.receive(message),
      failure,
      failed: () => this.workerFailed(),
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
