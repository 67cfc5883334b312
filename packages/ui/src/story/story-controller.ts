/**
 * `StoryController`: prepares trainer mode's story for a Lit host. The
 * baseline's and the reform's movement logs (the animation) run in a simulation worker each
 * (`TrainerController`), while their paired comparison runs on the replication pool, every
 * replication of both scenarios one job, put back together in order (`storyComparison`), so
 * its numbers are byte-identical to `sendsim compare`'s. All three start at once and share the
 * cores; the story is ready when all three are.
 *
 * `progress` weighs each part by its rough share of the work: a movement log traces every
 * child, which takes about as long as ten plain replications (measured at 10 years: 8 s against
 * 0.75 s per replication at scale 0.0025).
 */
import type { MovementRun, ResolvedScenario, RunOptions } from '@send-sim/sim-core';
import type { ReactiveControllerHost } from 'lit';
import { resolveScenarioById } from '../app/scenarios.js';
import { TrainerController } from '../trainer/trainer-controller.js';
import { replicationJobs } from '../worker/replication-jobs.js';
import { ReplicationPool } from '../worker/replication-pool.js';
import type { JobState } from '../worker/worker-job.js';
import { WorkerJobController } from '../worker/worker-job-controller.js';
import type { PoolAnswer, PoolRequest, TrainerRequest } from '../worker/worker-protocol.js';
import { type StoryComparison, storyComparison } from './story-comparison.js';

/** A movement log's share of the work, in plain replications. */
const MOVEMENT_WEIGHT = 10;

/** The comparison on the replication pool. */
class StoryComparisonJob extends WorkerJobController<PoolAnswer, PoolRequest> {
  result: StoryComparison | undefined = undefined;
  private running: { scenarios: [ResolvedScenario, ResolvedScenario]; options: RunOptions } | undefined;

  constructor(host: ReactiveControllerHost) {
    super(host, 'a simulation worker failed to start', (listen) => new ReplicationPool(listen));
  }

  run(scenarios: [ResolvedScenario, ResolvedScenario], options: RunOptions): void {
    this.result = undefined;
    this.running = { scenarios, options };
    this.job.start((runId) => ({ runId, jobs: replicationJobs(scenarios, options) }));
  }

  protected receive(message: PoolAnswer): void {
    if (message.type === 'pool-progress') this.job.advance(message.done);
    else if (message.type === 'pool-error') this.job.fail(message.message);
    else {
      try {
        const { scenarios, options } = this.running!;
        this.result = storyComparison(scenarios, options, message.results);
        this.job.finish();
      } catch (error) {
        this.job.fail(error instanceof Error ? error.message : String(error));
      }
    }
  }
}

/** What the story is told from, once prepared. */
export interface StoryRuns {
  readonly baseline: MovementRun;
  readonly reform: MovementRun;
  readonly story: StoryComparison;
}

/** Not a controller itself: its three parts register with the host, and each updates it as it goes. */
export class StoryController {
  private readonly baseline: TrainerController;
  private readonly reform: TrainerController;
  private readonly comparison: StoryComparisonJob;
  private replications = 0;

  constructor(host: ReactiveControllerHost) {
    this.baseline = new TrainerController(host);
    this.reform = new TrainerController(host);
    this.comparison = new StoryComparisonJob(host);
  }

  /** Prepare the story of `baseline` against `reform` (anything still running is abandoned). */
  run(
    baseline: string,
    reform: string,
    options: Omit<TrainerRequest, 'scenario'> & { readonly replications: number },
  ): void {
    const { replications, ...movement } = options;
    this.replications = replications;
    this.baseline.run({ ...movement, scenario: baseline });
    this.reform.run({ ...movement, scenario: reform });
    const { seed, years, scale } = options;
    this.comparison.run([resolveScenarioById(baseline), resolveScenarioById(reform)], {
      seed,
      years,
      scale,
      replications,
    });
  }

  private get parts() {
    return [this.baseline, this.reform, this.comparison] as const;
  }

  /** Running while any part runs; failed if any part failed; done when all are. */
  get state(): JobState {
    const states = this.parts.map((p) => p.state);
    if (states.includes('error')) return 'error';
    if (states.includes('running')) return 'running';
    if (states.every((s) => s === 'done')) return 'done';
    return states.includes('cancelled') ? 'cancelled' : 'idle';
  }

  get error(): string | undefined {
    return this.parts.find((p) => p.state === 'error')?.error;
  }

  /** Share of the work done, 0–1. */
  get progress(): number {
    const done = (p: { state: JobState; progress: number }) => (p.state === 'done' ? 1 : p.progress);
    const pool = 2 * this.replications;
    const sum = MOVEMENT_WEIGHT * (done(this.baseline) + done(this.reform)) + pool * done(this.comparison);
    return sum / (2 * MOVEMENT_WEIGHT + pool);
  }

  /** The runs and the comparison, once all are ready. */
  get result(): StoryRuns | undefined {
    const baseline = this.baseline.result;
    const reform = this.reform.result;
    const story = this.comparison.result;
    return baseline === undefined || reform === undefined || story === undefined
      ? undefined
      : { baseline, reform, story };
  }
}
