/**
 * `SensitivityController`: a Lit reactive controller that runs a one-way sensitivity analysis
 * on a replication pool of its own, so a tornado (dozens of runs) neither freezes the page nor
 * holds up the comparison. Components read `state`, `progress`, `remaining`, `analysis`,
 * `request` and `error`, and call `run` and `cancel`.
 *
 * The analysis is planned here with sim-core's `planSensitivity` (the bundled baseline file and
 * the reform's file, as `sendsim sensitivity` reads them); every replication of every planned
 * scenario is one job for the pool, and `sensitivityFromResults` reads the results put back in
 * replication order, so the numbers are the CLI's for the same options. As with comparisons
 * (`WorkerJob`), each request has an id so a late answer to an earlier one is ignored, and
 * cancelling terminates the pool's workers (the next request starts fresh ones).
 */
import {
  checkRunSize,
  planSensitivity,
  type SensitivityAnalysis,
  type SensitivityPlan,
  sensitivityFromResults,
  validateRunOptions,
} from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import { BASELINE_FILE, reformFileOf } from '../app/scenarios.js';
import { experimentsFromResults, replicationJobs } from '../worker/replication-jobs.js';
import { ReplicationPool } from '../worker/replication-pool.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type { PoolAnswer, PoolRequest, SensitivityRunRequest } from '../worker/worker-protocol.js';

export class SensitivityController extends WorkerJobController<PoolAnswer, PoolRequest> {
  /** The last analysis finished, and the request it answers; kept when a later one is cancelled or fails. */
  analysis: SensitivityAnalysis | undefined = undefined;
  request: SensitivityRunRequest | undefined = undefined;
  /** The running request and its plan: its answers are read with these. */
  private running: { readonly request: SensitivityRunRequest; readonly plan: SensitivityPlan } | undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'a simulation worker failed to start', (listen) => new ReplicationPool(listen));
  }

  /** Start an analysis, replacing any in progress. */
  run(request: SensitivityRunRequest): void {
    if (this.state === 'running') this.job.stop();
    let plan: SensitivityPlan;
    try {
      // Refused requests (options out of range, an outcome the model lacks) fail before anything runs.
      validateRunOptions(request.options);
      plan = planSensitivity({
        baseline: BASELINE_FILE,
        ...(request.reform === undefined ? {} : { reform: reformFileOf(request.reform) }),
        metric: request.metric,
        parameters: request.parameters,
      });
      for (const scenario of plan.scenarios) checkRunSize(scenario, request.options, `${scenario.id}.json`);
    } catch (error) {
      this.job.fail(error instanceof Error ? error.message : String(error), false);
      return;
    }
    this.running = { request, plan };
    this.job.start((runId) => ({ runId, jobs: replicationJobs(plan.scenarios, request.options) }));
  }

  /** Stop the analysis in progress; the last one finished stays on screen. */
  cancel(): void {
    this.job.cancel();
  }

  protected receive(message: PoolAnswer): void {
    switch (message.type) {
      case 'pool-progress':
        this.job.advance(message.done);
        break;
      case 'pool-done': {
        const { request, plan } = this.running!;
        try {
          const results = experimentsFromResults(plan.scenarios, request.options, message.results);
          this.analysis = sensitivityFromResults(plan, results);
          this.request = request;
          this.job.finish();
        } catch (error) {
          this.job.fail(error instanceof Error ? error.message : String(error));
        }
        break;
      }
      case 'pool-error':
        this.job.fail(message.message);
        break;
    }
  }
}
