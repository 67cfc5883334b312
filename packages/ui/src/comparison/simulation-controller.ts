/**
 * `SimulationController`: a Lit reactive controller that runs comparisons on the replication
 * pool and feeds its host. Components read `state`, `progress`, `remaining`, `results` and
 * `error` and call `run` and `cancel`; none of them touches a worker.
 *
 * The scenarios are resolved here, before anything runs, so a bad id or edited reform fails at
 * once; every replication of every scenario is then one job for the pool, and the results are
 * put back together in replication order (`comparisonFromResults`), so they are byte-identical
 * to one worker's and to `sendsim compare`'s. Cancelling terminates every worker of the pool
 * and the next run starts fresh ones. Each run has an id, so a late message from an earlier
 * run is never mistaken for the current one (`WorkerJob` sees to both).
 *
 * It also times each finished run with the page's clock, so the run controls can estimate how
 * long other settings would take on this computer (`run-time-estimate.ts`); sim-core never
 * reads a clock.
 */
import { checkRunSize, type ResolvedScenario, type RunOptions, validateRunOptions } from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import { areaShareOf, resolveForArea, resolveReformFile, resolveScenarioById } from '../app/scenarios.js';
import { comparisonFromResults, replicationJobs } from '../worker/replication-jobs.js';
import { ReplicationPool } from '../worker/replication-pool.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type {
  PoolAnswer,
  PoolRequest,
  ReformRef,
  SimulationRequest,
  SimulationResults,
} from '../worker/worker-protocol.js';
import { measuredSpeed, REFERENCE_SPEED, type RunSize, type RunSpeed } from './run-time-estimate.js';

export class SimulationController extends WorkerJobController<PoolAnswer, PoolRequest> {
  results: SimulationResults | undefined = undefined;
  /** How fast runs go on this computer: the last finished run's rate, or the stated reference before one. */
  speed: RunSpeed = REFERENCE_SPEED;
  /** What the running request runs: its answers are put together with these. */
  private running:
    | {
        readonly scenarios: readonly ResolvedScenario[];
        readonly options: RunOptions;
        /** The share of England the run is as large as: its scale, or a local area's share (it runs at scale 1). */
        readonly equivalentScale: number;
        /** When Run was pressed (`performance.now()`, milliseconds). */
        readonly startedAt: number;
      }
    | undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'a simulation worker failed to start', (listen) => new ReplicationPool(listen));
  }

  /** Start a run (cancelling any run in progress). */
  run(request: SimulationRequest): void {
    if (this.state === 'running') this.job.stop();
    this.results = undefined;
    let scenarios: ResolvedScenario[];
    // A local area runs one-to-one: every child simulated, results are the area's own.
    const { area } = request;
    if (area !== undefined) request = { ...request, options: { ...request.options, scale: 1 } };
    try {
      validateRunOptions(request.options);
      scenarios = [request.baseline, ...request.reforms].map((ref) =>
        area === undefined ? resolve(ref) : resolveForArea(ref, area),
      );
      // A reform file's parameters may describe more children than a run can hold: refuse it
      // here, with the file named, rather than run a worker out of memory.
      for (const scenario of scenarios) checkRunSize(scenario, request.options, `${scenario.id}.json`);
    } catch (error) {
      this.job.fail(messageOf(error), false);
      return;
    }
    const { options } = request;
    const equivalentScale = area === undefined ? options.scale : areaShareOf(area);
    this.running = { scenarios, options, equivalentScale, startedAt: performance.now() };
    this.job.start((runId) => ({ runId, jobs: replicationJobs(scenarios, options) }));
  }

  /** Stop the run in progress; no results are kept. */
  cancel(): void {
    if (this.job.cancel()) this.results = undefined;
  }

  protected override workerFailed(): void {
    this.results = undefined;
  }

  protected receive(message: PoolAnswer): void {
    switch (message.type) {
      case 'pool-progress':
        this.job.advance(message.done);
        break;
      case 'pool-done':
        try {
          const { scenarios, options, equivalentScale, startedAt } = this.running!;
          this.results = comparisonFromResults(scenarios, options, message.results);
          const size: RunSize = {
            scenarios: scenarios.length,
            replications: options.replications,
            years: options.years,
            scale: equivalentScale,
          };
          this.speed = measuredSpeed(size, (performance.now() - startedAt) / 1000) ?? this.speed;
          this.job.finish();
        } catch (error) {
          this.job.fail(messageOf(error));
        }
        break;
      case 'pool-error':
        this.results = undefined;
        this.job.fail(message.message);
        break;
    }
  }
}

/** A library scenario by id, or a reform built in the editor (validated again). */
function resolve(ref: ReformRef): ResolvedScenario {
  return typeof ref === 'string' ? resolveScenarioById(ref) : resolveReformFile(ref);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
