/**
 * Where replications run: the one seam between the commands that run many scenarios (`sweep`,
 * `sensitivity`, `psa`, `calibrate`) and what runs them. `local` is this machine's worker
 * threads (`local-backend.ts`, 0005) and needs nothing else; `redis` sends each replication as a job
 * to a BullMQ queue on Redis, where `sendsim worker` processes on any number of machines take
 * them (`redis-backend.ts`, decision 0012). Either gives the same `ExperimentResult`s, byte for
 * byte: a replication's result depends only on (scenario, options, replication), and every
 * backend summarises each scenario over its replications in replication order.
 */
import type { ExperimentResult, ResolvedScenario, RunOptions } from '@send-sim/sim-core';
import { LocalBackend } from './local-backend.js';
import type { PoolProgress, ScenarioDone } from './replication-pool.js';
import { workerCount } from './worker-count.js';

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
 * The backend `--backend` and `--redis` name (the parser has refused one without the other).
 */
export function backendChoice(options: {
  readonly backend: 'local' | 'redis';
  readonly redis: string | undefined;
}): BackendChoice {
  if (options.backend === 'redis' && options.redis !== undefined)
    return { kind: 'redis', url: options.redis };
  return { kind: 'local' };
}

/**
 * What a command will run over the backend's whole life, when it makes many calls (a
 * calibration fit): the local backend then keeps as many threads as that whole workload is
 * worth (`workerCount`) up from the first call to `close()`, instead of starting a pool per call.
 */
export interface Workload {
  /** Replications over every call. */
  readonly replications: number;
  /** The scale and years of a typical one (they set how long each takes). */
  readonly options: Pick<RunOptions, 'scale' | 'years'>;
}

/**
 * The backend `choice` names, ready to run. Redis is loaded only when chosen (its client costs
 * a third of a second to load), and connected before this returns: an unreachable server is a
 * `BackendError` within seconds. `say` hears notes for the person waiting (one line each).
 * `workload`, for a command that calls `runExperiments` many times, keeps local threads up
 * between calls (Redis workers stay up anyway).
 *
 * @example
 * const backend = await openBackend({ kind: 'redis', url: 'redis://localhost:6379' });
 * try { await backend.runExperiments(scenarios, options); } finally { await backend.close(); }
 */
export async function openBackend(
  choice: BackendChoice,
  say?: (line: string) => void,
  workload?: Workload,
): Promise<ReplicationBackend> {
  if (choice.kind === 'local') {
    return new LocalBackend(
      workload === undefined ? undefined : workerCount(workload.replications, workload.options),
    );
  }
  const { RedisBackend } = await import('./redis-backend.js');
  return RedisBackend.connect(choice.url, say);
}
