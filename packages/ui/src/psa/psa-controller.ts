/**
 * `PsaController`: a Lit reactive controller that runs a probabilistic sensitivity analysis on a
 * replication pool of its own, as `SensitivityController` runs a tornado, so dozens of draws
 * neither freeze the page nor hold up the comparison. Components read `state`, `progress`,
 * `remaining`, `analysis`, `request` and `error`, and call `run` and `cancel`.
 *
 * The analysis is planned here with sim-core's `planPsa` (the bundled baseline file, whose
 * ranges are drawn, and each reform's file, as `sendsim psa` reads them); every replication of
 * every planned scenario is one `replication` job for the pool, and `psaFromResults` reads the
 * results put back in job order, so the numbers are the CLI's and `runPsa`'s for the same
 * options, whatever the number of workers. Each request has an id, so a late answer to an
 * earlier one is ignored, and cancelling terminates the pool's workers.
 */
import {
  checkRunSize,
  type PsaAnalysis,
  type PsaPlan,
  planPsa,
  psaFromResults,
  validateRunOptions,
} from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import { BASELINE_FILE, reformFileOf } from '../app/scenarios.js';
import { experimentsFromResults, replicationJobs } from '../worker/replication-jobs.js';
import { ReplicationPool } from '../worker/replication-pool.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type { PoolAnswer, PoolRequest, PsaRunRequest } from '../worker/worker-protocol.js';

export class PsaController extends WorkerJobController<PoolAnswer, PoolRequest> {
  /** The last analysis finished, and the request it answers; kept when a later one is cancelled or fails. */
  analysis: PsaAnalysis | undefined = undefined;
  request: PsaRunRequest | undefined = undefined;
  /** The running request and its plan: its answers are read with these. */
  private running: { readonly request: PsaRunRequest; readonly plan: PsaPlan } | undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'a simulation worker failed to start', (listen) => new ReplicationPool(listen));
  }

  /** Start an analysis, replacing any in progress. */
  run(request: PsaRunRequest): void {
    if (this.state === 'running') this.job.stop();
    let plan: PsaPlan;
    try {
      // Refused requests (options out of range, too few draws, a drawn value a reform cannot take) fail before anything runs.
      validateRunOptions(request.options);
      plan = planPsa(
        {
          baseline: BASELINE_FILE,
          reforms: request.reforms.map(reformFileOf),
          metric: request.metric,
          draws: request.draws,
        },
        request.options,
      );
      // Drawn populations differ in size, so every draw's scenarios are checked.
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
          this.analysis = psaFromResults(plan, results);
          this.request = request;
          this.job.finish();
        } catch (error) {
          this.job.fail(error instanceof Error ? error.message : String(error));
        }
        this.running = undefined;
        break;
      }
      case 'pool-error':
        this.job.fail(message.message);
        break;
    }
  }
}
