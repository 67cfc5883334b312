/**
 * `SensitivityController`: a Lit reactive controller that runs a one-way sensitivity analysis
 * in a simulation worker of its own, so a tornado (dozens of runs) neither freezes the page nor
 * holds up the comparison's worker. Components read `state`, `progress`, `analysis`, `request`
 * and `error`, and call `run` and `cancel`.
 *
 * As with runs (`WorkerJob`), each request has an id so a late answer to an earlier one is
 * ignored, and cancelling terminates the worker (the next request starts a fresh one).
 */
import type { SensitivityAnalysis } from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import type { SensitivityRunRequest, SensitivityWorkerMessage } from './sensitivity-protocol.js';
import { WorkerJobController } from './worker-job-controller.js';

export class SensitivityController extends WorkerJobController<SensitivityWorkerMessage> {
  /** The last analysis finished, and the request it answers; kept when a later one is cancelled or fails. */
  analysis: SensitivityAnalysis | undefined = undefined;
  request: SensitivityRunRequest | undefined = undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'the simulation worker failed to start');
  }

  /** Start an analysis, replacing any in progress. */
  run(request: SensitivityRunRequest): void {
    if (this.state === 'running') this.job.stop();
    this.job.start((runId) => ({ type: 'sensitivity', runId, request }));
  }

  /** Stop the analysis in progress; the last one finished stays on screen. */
  cancel(): void {
    this.job.cancel();
  }

  protected receive(message: SensitivityWorkerMessage): void {
    switch (message.type) {
      case 'sensitivity-progress':
        this.job.advance(message.done);
        break;
      case 'sensitivity-done':
        this.analysis = message.analysis;
        this.request = message.request;
        this.job.finish();
        break;
      case 'sensitivity-error':
        // The request was refused (e.g. an outcome the model lacks), the worker is still sound.
        this.job.fail(message.message, false);
        break;
    }
  }
}
