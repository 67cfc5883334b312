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
import { WorkerJob } from './worker-job.js';

/** Where a run is: nothing yet, running, finished, failed or stopped by the user. */
export type SimulationState = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export class SimulationController implements ReactiveController {
  state: SimulationState = 'idle';
  /** Share of the current run done, 0–1. */
  progress = 0;
  results: SimulationResults | undefined = undefined;
  error: string | undefined = undefined;

  private readonly job = new WorkerJob<WorkerMessage>({
    waiting: () => this.state === 'running',
    answer: (message) => this.receive(message),
    failed: (message) => this.fail(message),
    failure: 'the simulation worker failed to start',
  });

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.job.stop();
  }

  /** Start a run (cancelling any run in progress). */
  run(request: SimulationRequest): void {
    if (this.state === 'running') this.job.stop();
    this.state = 'running';
    this.progress = 0;
    this.results = undefined;
    this.error = undefined;
    this.job.send((runId) => ({ type: 'run', runId, request }));
    this.host.requestUpdate();
  }

  /** Stop the run in progress; no results are kept. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.job.stop();
    this.state = 'cancelled';
    this.results = undefined;
    this.host.requestUpdate();
  }

  private receive(message: WorkerMessage): void {
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
    this.job.stop();
    this.state = 'error';
    this.error = message;
    this.results = undefined;
    this.host.requestUpdate();
  }
}
