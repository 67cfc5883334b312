/**
 * Where replications run: the one seam between the commands that run many scenarios (`sweep`,
 * `sensitivity`, `psa`) and what runs them. `local` is this machine's worker-thread pool
 * (`replication-pool.ts`, 0005) and needs nothing else; `redis` sends each replication as a job
 * to a BullMQ queue on Redis, where `sendsim worker` processes on any number of machines take
 * them (`redis-backend.ts`, decision 0012). Either gives the same `ExperimentResult`s, byte for
 * byte: a replication's result depends only on (scenario, options, replication), and every
 * backend summarises each scenario over its replications in replication order.
 */
import type { ExperimentResult, ResolvedScenario, RunOptions } from '@send-sim/sim-core';
import { type PoolProgress, runExperiments, type ScenarioDone } from './replication-pool.js';

export type { PoolProgress } from './replication-pool.js';

/**
 * Called once per scenario as soon as all its replications are done, with the scenario's index
 * in the list given and its result (the same result `runExperiments` returns at that index).
 * Scenarios may finish in any order.
 */
export type ExperimentDone = ScenarioDone;

/** What runs the replications of a list of scenarios. */
export interface ReplicationBackend {
  /**
   * Every replication of every scenario; one `ExperimentResult` per scenario, in the order given.
   * `onProgress` hears the share done; `onExperiment` each scenario as it completes.
   */
  runExperiments(
    scenarios: readonly ResolvedScenario[],
    options: RunOptions,
    onProgress?: PoolProgress,
    onExperiment?: ExperimentDone,
  ): Promise<ExperimentResult[]>;
  /** Let go of what the backend holds (threads, connections); it cannot be used after. */
  close(): Promise<void>;
}

/** Which backend a command runs on, as `--backend` and `--redis` chose it. */
export type BackendChoice = { readonly kind: 'local' } | { readonly kind: 'redis'; readonly url: string };

/**
 * The backend `choice` names, ready to run. Redis is loaded only when chosen (its client costs
 * a third of a second to load), and connected before this returns: an unreachable server is a
 * `BackendError` within seconds. `say` hears notes for the person waiting (one line each).
 *
 * @example
 * const backend = await openBackend({ kind: 'redis', url: 'redis://localhost:6379' });
 * try { await backend.runExperiments(scenarios, options); } finally { await backend.close(); }
 */
export async function openBackend(
  choice: BackendChoice,
  say?: (line: string) => void,
): Promise<ReplicationBackend> {
  if (choice.kind === 'local') return localBackend;
  const { RedisBackend } = await import('./redis-backend.js');
  return RedisBackend.connect(choice.url, say);
}

/** This machine's worker threads: each run starts its own pool (0005), so there is nothing to close. */
const localBackend: ReplicationBackend = {
  runExperiments: (scenarios, options, onProgress, onExperiment) =>
    runExperiments(scenarios, options, onProgress, onExperiment),
  async close() {},
};
