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
  state: SimulationState = 'idle';
  results: TrainerResults | undefined = undefined;
  error: string | undefined = undefined;

  private readonly job = new WorkerJob<WorkerMessage>({
    waiting: () => this.state === 'running',
    answer: (message) => this.receive(message),
    failed: (message) => this.fail(message),
    failure: 'the simulation worker failed',
  });

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job.stop();
    if (this.state === 'running') this.state = 'cancelled';
  }

  /** Start a trainer run (an earlier one still running is abandoned). */
  run(request: TrainerRequest): void {
    this.state = 'running';
    this.results = undefined;
    this.error = undefined;
    this.job.send((runId) => ({ type: 'trainer-run', runId, request }));
    this.host.requestUpdate();
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'trainer-done') {
      this.results = message.results;
      this.state = 'done';
      this.host.requestUpdate();
    } else if (message.type === 'error') {
      this.fail(message.message);
    }
  }

  private fail(message: string): void {
    this.job.stop();
    this.state = 'error';
    this.error = message;
    this.host.requestUpdate();
  }
}
