/**
 * `PsaController`: a Lit reactive controller that runs a probabilistic sensitivity analysis on a
 * replication pool of its own, as `SensitivityController` runs a tornado, so dozens of draws
 * neither freeze the page nor hold up the comparison. Components read `state`, `progress`,
 * `remaining`, `analysis`, `request` and `error`, and call `run` and `cancel`.
 *
 * The analysis is planned here with sim-core's `planPsa` (the bundled baseline file, whose
 * ranges are drawn, and each reform's file, as `sendsim psa` reads them). The draws go to the
 * pool in batches of `DRAWS_PER_BATCH`: every replication of every scenario of a batch is one
 * `replication` job, and when the batch is done its results are put back in job order and
 * reduced to one outcome per draw (`psaDrawOutcome`) and let go, as the CLI does, so the page
 * holds a few numbers per draw rather than every replication's monthly series. A batch has far
 * more jobs than a computer has cores, so every core stays busy. `psaFromOutcomes` then makes
 * the analysis, which depends only on the outcomes in draw order: the numbers are `runPsa`'s
 * and the CLI's for the same options, whatever the number of workers or the batch size. Each
 * request has an id, so a late answer to an earlier one is ignored, and cancelling terminates
 * the pool's workers.
 */
import {
  checkRunSize,
  type PsaAnalysis,
  type PsaDrawOutcome,
  type PsaPlan,
  planPsa,
  psaDrawOutcome,
  psaFromOutcomes,
  type ReplicationResult,
  type ResolvedScenario,
  validateRunOptions,
} from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import { BASELINE_FILE, reformFileOf } from '../app/scenarios.js';
import { experimentsFromResults, replicationJobs } from '../worker/replication-jobs.js';
import { ReplicationPool } from '../worker/replication-pool.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type { PoolAnswer, PoolRequest, PsaRunRequest } from '../worker/worker-protocol.js';

/** Draws sent to the pool at once: enough jobs to keep every core busy, few enough results to hold. */
export const DRAWS_PER_BATCH = 10;

/** A running analysis: its request and plan, the outcomes so far and the batch in the pool. */
interface Running {
  readonly request: PsaRunRequest;
  readonly plan: PsaPlan;
  readonly outcomes: PsaDrawOutcome[];
  /** The draws of the batch in the pool, and their scenarios (each draw's baseline, then its reforms). */
  batch: { readonly draws: readonly number[]; readonly scenarios: readonly ResolvedScenario[] };
}

export class PsaController extends WorkerJobController<PoolAnswer, PoolRequest> {
  /** The last analysis finished, and the request it answers; kept when a later one is cancelled or fails. */
  analysis: PsaAnalysis | undefined = undefined;
  request: PsaRunRequest | undefined = undefined;
  private running: Running | undefined;

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
    const running: Running = { request, plan, outcomes: [], batch: { draws: [], scenarios: [] } };
    this.running = running;
    this.job.start((runId) => this.nextBatch(running, runId));
  }

  /** Stop the analysis in progress; the last one finished stays on screen. */
  cancel(): void {
    this.job.cancel();
  }

  protected receive(message: PoolAnswer): void {
    const running = this.running!;
    const total = running.plan.points.length;
    switch (message.type) {
      case 'pool-progress':
        this.job.advance((running.outcomes.length + message.done * running.batch.draws.length) / total);
        break;
      case 'pool-done':
        try {
          this.reduceBatch(running, message.results);
          if (running.outcomes.length < total) {
            this.job.advance(running.outcomes.length / total);
            this.job.continue((runId) => this.nextBatch(running, runId));
            return;
          }
          this.analysis = psaFromOutcomes(running.plan, running.outcomes);
          this.request = running.request;
          this.job.finish();
        } catch (error) {
          this.job.fail(error instanceof Error ? error.message : String(error));
        }
        break;
      case 'pool-error':
        this.job.fail(message.message);
        break;
    }
  }

  /** The pool request for the next draws not yet run (they follow the outcomes so far, in draw order). */
  private nextBatch(running: Running, runId: number): PoolRequest {
    const { plan, request, outcomes } = running;
    const first = outcomes.length;
    const draws = plan.points.slice(first, first + DRAWS_PER_BATCH).map((_, i) => first + i);
    const scenarios = draws.flatMap((d) => {
      const point = plan.points[d]!;
      return [point.baseline, ...point.reforms].map((i) => plan.scenarios[i]!);
    });
    running.batch = { draws, scenarios };
    return { runId, jobs: replicationJobs(scenarios, request.options) };
  }

  /** The batch's results, in job order, as one outcome per draw. */
  private reduceBatch(running: Running, results: readonly ReplicationResult[]): void {
    const { plan, request, batch } = running;
    const experiments = experimentsFromResults(batch.scenarios, request.options, results);
    const perDraw = 1 + plan.request.reforms.length;
    batch.draws.forEach((draw, k) => {
      running.outcomes.push(psaDrawOutcome(plan, draw, experiments.slice(k * perDraw, (k + 1) * perDraw)));
    });
  }
}
