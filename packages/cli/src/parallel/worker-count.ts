/**
 * How many worker threads the replication pool starts. A worker does not run at full speed at
 * once: it starts a thread, loads the built job bundle and then warms up the JIT on its first
 * replication, while the main thread, running replications serially, warms up once. So threads
 * pay only when each replication is long enough: the pool estimates both ways from the workload
 * (scale × years × replications) and takes the quicker, so a small run is never slower than a
 * serial one.
 *
 * The constants were measured on the project's machine (2 vCPUs, Node 20, model 0.4.0): a 1%
 * ten-year replication takes about 0.6 s warm; `sendsim run baseline` at 1% with 2 and 3
 * replications ran 8% and 10% faster on two workers than serially, at 0.5% with 5 replications
 * 2% slower (the break-even), and at 0.2% with 5 replications 16% slower. Only their ratios
 * matter, and a faster machine shifts work and start-up alike. `SENDSIM_WORKERS` overrides the
 * estimate (1 runs serially in this thread). The count never changes results (see the pool).
 */
import { availableParallelism } from 'node:os';
import { PARTITIONS, type RunOptions } from '@send-sim/sim-core';

/** A replication's fixed cost (resolving its parameters, building the starting population). */
const REPLICATION_FIXED_SECONDS = 0.05;
/** A replication's cost per (share of England simulated × year), warm: about 6 s for all of England for a year. */
const REPLICATION_SECONDS_PER_SCALE_YEAR = 6;
/** The JIT's warm-up in this thread, paid once by a serial run. */
const SERIAL_WARM_UP_SECONDS = 0.35;
/** Starting the workers, loading the bundle into each and warming up each one's JIT (side by side). */
const WORKERS_START_SECONDS = 0.8;
/**
 * Each of several threads runs at this share of one thread's speed: garbage collection and JIT
 * compilation no longer have a spare core.
 */
const PARALLEL_EFFICIENCY = 0.9;

/**
 * Worker threads for `jobs` replications run with `options`: `SENDSIM_WORKERS` if set (at most
 * one per job), else the count (up to one per CPU) with the shortest estimated run; 1 means
 * serially in this thread.
 */
export function workerCount(jobs: number, options: Pick<RunOptions, 'scale' | 'years'>): number {
  const requested = requestedThreads();
  if (requested !== undefined) return Math.max(1, Math.min(requested, jobs));
  const perJob =
    REPLICATION_FIXED_SECONDS + REPLICATION_SECONDS_PER_SCALE_YEAR * options.scale * options.years;
  let best = 1;
  let bestSeconds = SERIAL_WARM_UP_SECONDS + jobs * perJob;
  for (let threads = 2; threads <= Math.min(availableParallelism(), jobs); threads++) {
    const seconds = WORKERS_START_SECONDS + (Math.ceil(jobs / threads) * perJob) / PARALLEL_EFFICIENCY;
    if (seconds < bestSeconds) {
      best = threads;
      bestSeconds = seconds;
    }
  }
  return best;
}

/** Replications of at least this share of England are worth splitting across threads by partition. */
export const SPLIT_SCALE = 0.05;

/**
 * Threads to split each of `jobs` replications across, by partition (`partitioned-run.ts`), or
 * 1 not to split. Splitting pays when there are fewer replications than threads to run them on
 * (one national replication would otherwise leave every other core idle) and each is large
 * enough to repay the threads meeting once a simulated day: from 5% of England, where a
 * ten-year replication takes a few seconds. Threads are the CPUs (at most one per partition),
 * or `SENDSIM_WORKERS`.
 */
export function splitThreads(jobs: number, options: Pick<RunOptions, 'scale'>): number {
  const threads = Math.min(requestedThreads() ?? availableParallelism(), PARTITIONS);
  return options.scale >= SPLIT_SCALE && jobs < threads ? threads : 1;
}

/** `SENDSIM_WORKERS` when it is a whole number of at least 1, else undefined. */
function requestedThreads(): number | undefined {
  const requested = Number(process.env.SENDSIM_WORKERS);
  return Number.isInteger(requested) && requested >= 1 ? requested : undefined;
}
