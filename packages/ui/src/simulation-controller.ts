/**
 * `SimulationController`: a Lit reactive controller that owns the simulation worker and feeds
 * its host. Components read `state`, `progress`, `results` and `error` and call `run` and
 * `cancel`; none of them touches the worker.
 *
 * Cancelling terminates the worker (a run in progress cannot be interrupted from outside)
 * and the next run starts a fresh one. Each run has an id, so a late message from an earlier
 * run is never mistaken for the current one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  RunMessage,
  SimulationRequest,
  SimulationResults,
  WorkerMessage,
} from './simulation-protocol.js';

/** Where a run is: nothing yet, running, finished, failed or stopped by the user. */
export type SimulationState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export class SimulationController implements ReactiveController {
  state: SimulationState = 'idle';
  /** Share of the current run done, 0–1. */
  progress = 0;
  results: SimulationResults | undefined = undefined;
  error: string | undefined = undefined;

  private worker: Worker | undefined;
  private runId = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopWorker();
  }

  /** Start a run (cancelling any run in progress). */
  run(request: SimulationRequest): void {
    if (this.state === 'running') this.stopWorker();
    this.runId += 1;
    this.state = 'running';
    this.progress = 0;
    this.results = undefined;
    this.error = undefined;
    const message: RunMessage = { type: 'run', runId: this.runId, request };
    this.ensureWorker().postMessage(message);
    this.host.requestUpdate();
  }

  /** Stop the run in progress; no results are kept. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.stopWorker();
    this.state = 'cancelled';
    this.results = undefined;
    this.host.requestUpdate();
  }

  private ensureWorker(): Worker {
    if (this.worker === undefined) {
      this.worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
      this.worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) =>
        this.receive(event.data),
      );
      this.worker.addEventListener('error', (event) => {
        this.fail(event.message || 'the simulation worker failed to start');
      });
    }
    return this.worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private receive(message: WorkerMessage): void {
    if (message.runId !== this.runId || this.state !== 'running') return;
    switch (message.type) {
      case 'progress':
        this.progress = message.done;
        break;
      case 'done':
        this.progress = 1;
        this.results = message.results;
        this.state = 'done';
        break;
      case 'error':
        this.fail(message.message);
        return;
    }
    this.host.requestUpdate();
  }

  private fail(message: string): void {
    this.stopWorker();
    this.state = 'error';
    this.error = message;
    this.results = undefined;
    this.host.requestUpdate();
  }
}
