/**
 * `TrainerController`: a Lit reactive controller that owns a simulation worker for trainer
 * mode and feeds its host the movement logs. Its own worker, so preparing an animation never
 * cancels or waits behind a comparison running on the dashboard. As with the dashboard's
 * controller, each request has an id and a late answer to an earlier one is ignored
 * (`WorkerJob`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimulationState } from './simulation-controller.js';
import type { TrainerRequest, TrainerResults, WorkerMessage } from './simulation-protocol.js';
import { WorkerJob } from './worker-job.js';

export class TrainerController implements ReactiveController {
  results: TrainerResults | undefined = undefined;

  private readonly job: WorkerJob<WorkerMessage>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
    this.job = new WorkerJob(host, {
      answer: (message) => this.receive(message),
      failure: 'the simulation worker failed',
    });
  }

  get state(): SimulationState {
    return this.job.state;
  }

  get error(): string | undefined {
    return this.job.error;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job.abandon();
  }

  /** Start a trainer run (an earlier one still running is abandoned). */
  run(request: TrainerRequest): void {
    this.results = undefined;
    this.job.start((runId) => ({ type: 'trainer-run', runId, request }));
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'trainer-done') {
      this.results = message.results;
      this.job.finish();
    } else if (message.type === 'error') {
      this.job.fail(message.message);
    }
  }
}
