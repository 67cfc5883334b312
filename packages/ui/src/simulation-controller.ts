/**
 * `SimulationController`: a Lit reactive controller that owns the simulation worker and feeds
 * its host. Components read `state`, `progress`, `results` and `error` and call `run` and
 * `cancel`; none of them touches the worker.
 *
 * Cancelling terminates the worker (a run in progress cannot be interrupted from outside)
 * and the next run starts a fresh one. Each run has an id, so a late message from an earlier
 * run is never mistaken for the current one (`WorkerJob` sees to both).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimulationRequest, SimulationResults, WorkerMessage } from './simulation-protocol.js';
import { type JobState, WorkerJob } from './worker-job.js';

/** Where a run is: nothing yet, running, finished, failed or stopped by the user. */
export type SimulationState = JobState;

export class SimulationController implements ReactiveController {
  results: SimulationResults | undefined = undefined;

  private readonly job: WorkerJob<WorkerMessage>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
    this.job = new WorkerJob(host, {
      answer: (message) => this.receive(message),
      failure: 'the simulation worker failed to start',
      failed: () => {
        this.results = undefined;
      },
    });
  }

  get state(): SimulationState {
    return this.job.state;
  }

  /** Share of the current run done, 0–1. */
  get progress(): number {
    return this.job.progress;
  }

  get error(): string | undefined {
    return this.job.error;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job.stop();
  }

  /** Start a run (cancelling any run in progress). */
  run(request: SimulationRequest): void {
    if (this.state === 'running') this.job.stop();
    this.results = undefined;
    this.job.start((runId) => ({ type: 'run', runId, request }));
  }

  /** Stop the run in progress; no results are kept. */
  cancel(): void {
    if (this.job.cancel()) this.results = undefined;
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case 'progress':
        this.job.advance(message.done);
        break;
      case 'done':
        this.results = message.results;
        this.job.finish();
        break;
      case 'error':
        this.results = undefined;
        this.job.fail(message.message);
        break;
    }
  }
}
