/**
 * `SimulationController`: a Lit reactive controller that owns the simulation worker and feeds
 * its host. Components read `state`, `progress`, `results` and `error` and call `run` and
 * `cancel`; none of them touches the worker.
 *
 * Cancelling terminates the worker (a run in progress cannot be interrupted from outside)
 * and the next run starts a fresh one. Each run has an id, so a late message from an earlier
 * run is never mistaken for the current one (`WorkerJob` sees to both).
 */
import type { ReactiveControllerHost } from 'lit';
import type { SimulationRequest, SimulationResults, WorkerMessage } from './simulation-protocol.js';
import { WorkerJobController } from './worker-job-controller.js';

export class SimulationController extends WorkerJobController<WorkerMessage> {
  results: SimulationResults | undefined = undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'the simulation worker failed to start');
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

  protected override workerFailed(): void {
    this.results = undefined;
  }

  protected receive(message: WorkerMessage): void {
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
