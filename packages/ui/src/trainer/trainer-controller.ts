/**
 * `TrainerController`: a Lit reactive controller that owns a simulation worker for trainer
 * mode and feeds its host a movement log. Its own worker, so preparing an animation never
 * cancels or waits behind a comparison running on the dashboard. As with the dashboard's
 * controller, each request has an id and a late answer to an earlier one is ignored
 * (`WorkerJob`).
 */

import type { MovementRun } from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import { openSimulationWorker } from '../worker/worker-job.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type { TrainerAnswer, TrainerRequest, WorkerRequest } from '../worker/worker-protocol.js';

export class TrainerController extends WorkerJobController<TrainerAnswer, WorkerRequest> {
  result: MovementRun | undefined = undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'the simulation worker failed', openSimulationWorker);
  }

  /** Start a trainer run (an earlier one still running is abandoned). */
  run(request: TrainerRequest): void {
    this.result = undefined;
    this.job.start((runId) => ({ type: 'trainer', runId, request }));
  }

  protected receive(message: TrainerAnswer): void {
    if (message.type === 'trainer-progress') {
      this.job.advance(message.done);
    } else if (message.type === 'trainer-done') {
      this.result = message.run;
      this.job.finish();
    } else if (message.type === 'trainer-error') {
      this.job.fail(message.message);
    }
  }
}
