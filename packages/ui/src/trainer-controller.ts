/**
 * `TrainerController`: a Lit reactive controller that owns a simulation worker for trainer
 * mode and feeds its host the movement logs. Its own worker, so preparing an animation never
 * cancels or waits behind a comparison running on the dashboard. As with the dashboard's
 * controller, each request has an id and a late answer to an earlier one is ignored.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimulationState } from './simulation-controller.js';
import type {
  TrainerRequest,
  TrainerResults,
  TrainerRunMessage,
  WorkerMessage,
} from './simulation-protocol.js';

export class TrainerController implements ReactiveController {
  state: SimulationState = 'idle';
  results: TrainerResults | undefined = undefined;
  error: string | undefined = undefined;

  private worker: Worker | undefined;
  private runId = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.state === 'running') this.state = 'cancelled';
  }

  /** Start a trainer run (an earlier one still running is abandoned). */
  run(request: TrainerRequest): void {
    this.runId += 1;
    this.state = 'running';
    this.results = undefined;
    this.error = undefined;
    const message: TrainerRunMessage = { type: 'trainer-run', runId: this.runId, request };
    this.ensureWorker().postMessage(message);
    this.host.requestUpdate();
  }

  private ensureWorker(): Worker {
    if (this.worker === undefined) {
      this.worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
      this.worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) =>
        this.receive(event.data),
      );
      this.worker.addEventListener('error', (event) =>
        this.fail(event.message || 'the simulation worker failed'),
      );
    }
    return this.worker;
  }

  private receive(message: WorkerMessage): void {
    if (message.runId !== this.runId || this.state !== 'running') return;
    if (message.type === 'trainer-done') {
      this.results = message.results;
      this.state = 'done';
      this.host.requestUpdate();
    } else if (message.type === 'error') {
      this.fail(message.message);
    }
  }

  private fail(message: string): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.state = 'error';
    this.error = message;
    this.host.requestUpdate();
  }
}
