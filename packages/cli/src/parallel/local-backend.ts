/**
 * This machine's worker threads as a `ReplicationBackend` (0005). Two ways to hold them:
 *
 * - **Per run** (no `keepThreads`): each `runExperiments` starts a pool sized for that run
 *   alone and stops it after (`runExperiments` in `replication-pool.ts`). A sweep, sensitivity
 *   analysis or PSA runs all its scenarios in one call, so this costs one start-up per command.
 * - **Kept** (`keepThreads`): one `ReplicationPool` of that many threads, started at the first
 *   run and kept up until `close()`. A calibration fit makes dozens of calls (one per wave or
 *   generation, each a few small backtests), and a pool per call would pay the threads'
 *   start-up and JIT warm-up every time.
 *
 * A run of a few large replications (from 5% of England: `splitThreads`) is split by partition
 * either way, as only the per-run path does that. The results are the same in every case: a
 * replication depends only on (scenario, options, replication), summarised in replication order.
 */
import type { ExperimentResult, ResolvedScenario, RunOptions } from '@send-sim/sim-core';
import type { ExperimentDone, PoolProgress, ReplicationBackend } from './backend.js';
import { checkExperiments, ReplicationPool, runExperiments } from './replication-pool.js';
import { splitThreads } from './worker-count.js';

/**
 * Replications on this machine's worker threads (see the file's header).
 *
 * @example
 * const backend = new LocalBackend(2); // two threads kept for every run until closed
 * try { for (const wave of waves) await backend.runExperiments(wave, options); } finally { await backend.close(); }
 */
export class LocalBackend implements ReplicationBackend {
  private pool: ReplicationPool | undefined;

  /** `keepThreads`: threads kept from the first run until `close()`; without it each run starts its own. */
  constructor(private readonly keepThreads?: number) {}

  async runExperiments(
    scenarios: readonly ResolvedScenario[],
    options: RunOptions,
    onProgress?: PoolProgress,
    onExperiment?: ExperimentDone,
  ): Promise<ExperimentResult[]> {
    const jobs = scenarios.length * options.replications;
    if (this.keepThreads === undefined || splitThreads(jobs, options) > 1) {
      return runExperiments(scenarios, options, onProgress, onExperiment);
    }
    checkExperiments(scenarios, options);
    this.pool ??= new ReplicationPool(this.keepThreads);
    return this.pool.run(scenarios, options, onProgress, onExperiment);
  }

  async close(): Promise<void> {
    this.pool?.close();
    this.pool = undefined;
  }
}
