/**
 * The Redis backend (decision 0012): each replication of each scenario becomes one job on a
 * BullMQ queue, `sendsim worker` processes on any machine that reaches the same Redis run them,
 * and this side collects the results and summarises each scenario over its replications in
 * replication order, exactly as the local pool does (0005), so the output is the same bytes
 * (the bookkeeping of one run: `redis-run.ts`).
 *
 * Every job id starts with a run id of this invocation, so commands sharing the queue collect
 * only their own results. Each job is removed as its result is collected; jobs left when a run
 * ends (it failed) are removed if not running, and BullMQ drops any finished later after an hour
 * (a day if failed), so nothing stays in Redis for good.
 *
 * Results arrive as BullMQ's events; a check of the outstanding jobs' states whenever no event
 * has come for a while covers an event missed (the first instants before the event reader starts
 * reading, a dropped connection). Redis not answering for `LOST_AFTER_MS` ends the run with a
 * `BackendError`, as does a job that failed for good (a worker of another model version refuses
 * its job as unrecoverable, naming both versions).
 */
import {
  type ExperimentResult,
  MODEL_VERSION,
  type ResolvedScenario,
  type RunOptions,
} from '@send-sim/sim-core';
import type { Queue, QueueEvents } from 'bullmq';
import { BackendError } from '../errors.js';
import type { ExperimentDone, PoolProgress, ReplicationBackend } from './backend.js';
import {
  bullConnection,
  CONNECT_TIMEOUT_MS,
  checkRedisReachable,
  shownRedisUrl,
  withTimeout,
} from './redis-connection.js';
import {
  JOB_NAME,
  jobData,
  QUEUE_NAME,
  QUEUE_PREFIX,
  type RedisJobData,
  type RedisJobResult,
  resultOf,
} from './redis-job.js';
import { RedisRun } from './redis-run.js';
import { checkExperiments } from './replication-pool.js';

/** Tries of a job before it fails for good (a worker crash is not a try: BullMQ's stalled-job check puts it back). */
const ATTEMPTS = 3;
/** First wait before a failed job is tried again; doubled each time. */
const BACKOFF_MS = 1000;
/** After this long without an event, the outstanding jobs' states are read from Redis. */
const QUIET_CHECK_MS = 3000;
/** How often Redis is asked whether it is still there. */
const PING_EVERY_MS = 2000;
/** Redis not answering for this long ends the run. */
const LOST_AFTER_MS = 10_000;
/** Longest wait for the run's leftover jobs to be removed, and for the connections to close. */
const CLEAN_UP_MS = 3000;
/** Jobs added per call. */
const ADD_BATCH = 100;

/**
 * Replications as jobs on Redis, for `sendsim worker` processes to run (see the file's header).
 *
 * @example
 * const backend = await RedisBackend.connect('redis://localhost:6379');
 * try { await backend.runExperiments(scenarios, options); } finally { await backend.close(); }
 */
export class RedisBackend implements ReplicationBackend {
  private constructor(
    private readonly url: string,
    private readonly queue: Queue<RedisJobData, RedisJobResult>,
    private readonly events: QueueEvents,
    private readonly say: (line: string) => void,
  ) {}

  /**
   * Connect to Redis at `url`: a `BackendError` within seconds if it cannot be reached. `say`
   * hears what a person waiting should know (no worker connected yet).
   */
  static async connect(url: string, say: (line: string) => void = () => {}): Promise<RedisBackend> {
    await checkRedisReachable(url);
    const { Queue, QueueEvents } = await import('bullmq');
    const options = { connection: bullConnection(url), prefix: QUEUE_PREFIX };
    const queue = new Queue<RedisJobData, RedisJobResult>(QUEUE_NAME, options);
    const events = new QueueEvents(QUEUE_NAME, options);
    const backend = new RedisBackend(url, queue, events, say);
    // Errors are seen by the ping in `runExperiments`; a listener keeps them from being thrown.
    queue.on('error', () => {});
    events.on('error', () => {});
    try {
      // The server answered a moment ago (above), but may have gone since.
      await withTimeout(Promise.all([queue.waitUntilReady(), events.waitUntilReady()]), CONNECT_TIMEOUT_MS);
    } catch (error) {
      await backend.close();
      throw new BackendError(
        `cannot reach Redis at ${shownRedisUrl(url)} (${(error as Error).message}); check that redis-server is running there`,
      );
    }
    return backend;
  }

  async runExperiments(
    scenarios: readonly ResolvedScenario[],
    options: RunOptions,
    onProgress?: PoolProgress,
    onExperiment?: ExperimentDone,
  ): Promise<ExperimentResult[]> {
    checkExperiments(scenarios, options);
    const run = new RedisRun(scenarios, options, onProgress, onExperiment);
    let lastEvent = Date.now();
    let lostSince: number | undefined;

    const collect = (job: number, returned: RedisJobResult) => {
      // Collected: the job is not needed in Redis any more (a failed removal leaves it to expire).
      if (run.record(job, resultOf(returned))) this.queue.remove(run.jobId(job)).catch(() => {});
    };
    const onCompleted = ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => {
      lastEvent = Date.now();
      const job = run.indexOf(jobId);
      if (job !== undefined) collect(job, returnvalue as RedisJobResult);
    };
    const onFailed = ({ jobId, failedReason }: { jobId: string; failedReason: string }) => {
      lastEvent = Date.now();
      const job = run.indexOf(jobId);
      if (job === undefined) return;
      // Only a job that failed for good, not one waiting for its next attempt.
      this.queue
        .getJobState(jobId)
        .then((state) => {
          if (state === 'failed') run.fail(job, failedReason);
        })
        .catch(() => {}); // Redis lost: the ping below reports it.
    };
    const onProgressEvent = ({ jobId, data }: { jobId: string; data: unknown }) => {
      lastEvent = Date.now();
      const job = run.indexOf(jobId);
      if (job !== undefined && typeof data === 'number') run.progress(job, data);
    };
    this.events.on('completed', onCompleted);
    this.events.on('failed', onFailed);
    this.events.on('progress', onProgressEvent);

    let checking = false;
    const watch = setInterval(() => {
      if (checking) return;
      checking = true;
      this.check(run, Date.now() - lastEvent >= QUIET_CHECK_MS, collect)
        .then(() => {
          lostSince = undefined;
        })
        .catch((error: Error) => {
          lostSince ??= Date.now();
          if (Date.now() - lostSince < LOST_AFTER_MS) return;
          run.stop(
            new BackendError(
              `lost the connection to Redis at ${shownRedisUrl(this.url)} (${error.message}); ${run.outstanding.size} of ${run.total} replications were not collected`,
            ),
          );
        })
        .finally(() => {
          checking = false;
        });
    }, PING_EVERY_MS);

    // Ctrl-C (or SIGTERM) while waiting: the run's jobs not yet taken are removed (below) so
    // workers do not spend hours on a result no one will collect; a second one stops at once.
    const interrupt = (signal: NodeJS.Signals) =>
      run.stop(
        new BackendError(
          `${signal}: stopped; the replications not yet taken were removed from the queue (${run.total - run.outstanding.size} of ${run.total} had finished)`,
        ),
      );
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    try {
      await this.add(run, scenarios, options);
      run.report();
      await this.sayIfNoWorkers();
      return await run.done;
    } finally {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
      clearInterval(watch);
      this.events.off('completed', onCompleted);
      this.events.off('failed', onFailed);
      this.events.off('progress', onProgressEvent);
      // A run that did not finish leaves its jobs: those not running are removed now, unless
      // Redis is gone (they expire there; see `add`).
      if (lostSince === undefined && run.outstanding.size > 0) {
        const removals = [...run.outstanding].map((job) => this.queue.remove(run.jobId(job)));
        await withTimeout(Promise.allSettled(removals), CLEAN_UP_MS).catch(() => {});
      }
    }
  }

  /** Say so if no worker is connected: otherwise a command waiting for one looks stuck. */
  private async sayIfNoWorkers(): Promise<void> {
    let workers: number;
    try {
      workers = await withTimeout(this.queue.getWorkersCount(), PING_EVERY_MS);
    } catch {
      return; // Some managed Redis services refuse CLIENT LIST, which this needs: no advice then.
    }
    if (workers === 0) {
      this.say(
        `no sendsim worker is connected to ${shownRedisUrl(this.url)} yet; waiting (start one with: sendsim worker --redis URL)`,
      );
    }
  }

  async close(): Promise<void> {
    const closing = Promise.allSettled([this.events.close(), this.queue.close()]);
    // A lost server would keep a polite close (and so the process) waiting for ever: cut the connections.
    await withTimeout(closing, CLEAN_UP_MS).catch(() =>
      Promise.allSettled([this.events.disconnect(), this.queue.disconnect()]),
    );
  }

  /** Every replication of every scenario as a job, in job order (BullMQ hands them out first in, first out). */
  private async add(
    run: RedisRun,
    scenarios: readonly ResolvedScenario[],
    options: RunOptions,
  ): Promise<void> {
    const jobs = scenarios.flatMap((scenario, s) =>
      Array.from({ length: options.replications }, (_, replication) => {
        const job = s * options.replications + replication;
        return {
          name: JOB_NAME,
          data: jobData(run.id, job, scenario, options, replication, MODEL_VERSION),
          opts: {
            jobId: run.jobId(job),
            attempts: ATTEMPTS,
            backoff: { type: 'exponential', delay: BACKOFF_MS },
            removeOnComplete: { age: 3600 },
            removeOnFail: { age: 24 * 3600 },
          },
        };
      }),
    );
    for (let i = 0; i < jobs.length; i += ADD_BATCH) await this.queue.addBulk(jobs.slice(i, i + ADD_BATCH));
  }

  /**
   * Ask Redis whether it is there (throws if not), and when `quiet` (no event for a while) read
   * the outstanding jobs' states, collecting any that finished unheard.
   */
  private async check(
    run: RedisRun,
    quiet: boolean,
    collect: (job: number, returned: RedisJobResult) => void,
  ): Promise<void> {
    // Any small command does as a ping; BullMQ's client queues it while reconnecting, hence the timeout.
    await withTimeout(this.queue.count(), PING_EVERY_MS);
    if (!quiet) return;
    for (const job of [...run.outstanding]) {
      const found = await this.queue.getJob(run.jobId(job));
      if (found === undefined) continue;
      if (found.finishedOn !== undefined && found.returnvalue !== null && found.returnvalue !== undefined) {
        collect(job, found.returnvalue);
      } else if ((await found.isFailed()) && found.failedReason !== undefined) {
        run.fail(job, found.failedReason);
      }
    }
  }
}
