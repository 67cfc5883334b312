/**
 * The worker side of the Redis backend (decision 0012): a BullMQ worker that takes replication
 * jobs from the queue and runs each on a thread of its own (`replication-threads.ts`), as many
 * at once as `concurrency`. `sendsim worker` runs one per machine, or several.
 *
 * A job sent by another model version is refused at once, as unrecoverable, naming both
 * versions: its results would not be the command's model's. Any other failure is retried by
 * BullMQ (the job's attempts, with backoff). A worker that dies holding a job stops renewing the
 * job's lock; once the lock lapses (`lockMs`) the next stalled-job check of any worker (every
 * `lockMs` too) puts the job back on the queue for another worker, so it is retried within about
 * twice `lockMs`. Retrying gives the same result: a replication depends only on its job.
 */
import type { Job } from 'bullmq';
import { BackendError } from '../errors.js';
import {
  bullConnection,
  CONNECT_TIMEOUT_MS,
  checkRedisReachable,
  shownRedisUrl,
  withTimeout,
} from './redis-connection.js';
import {
  jobInputs,
  jobResult,
  otherModelMessage,
  QUEUE_NAME,
  QUEUE_PREFIX,
  type RedisJobData,
  type RedisJobResult,
} from './redis-job.js';
import { ReplicationThreads } from './replication-threads.js';

/** How often a running job's progress is sent to Redis at most (it drives the sender's bar). */
const PROGRESS_EVERY_MS = 500;

export interface RedisWorkerOptions {
  readonly url: string;
  /** Replications run at once (one thread each). */
  readonly concurrency: number;
  /** How long a job stays this worker's without its lock being renewed (renewed every half of it). */
  readonly lockMs: number;
  /** The model version this worker runs: sim-core's `MODEL_VERSION` (tests give another). */
  readonly modelVersion: string;
  /** One line per job taken, finished, refused or failed (the command writes them to stderr). */
  readonly log: (line: string) => void;
}

/** A running worker. */
export interface RunningRedisWorker {
  /** Stop taking jobs, let the running ones finish (or, with `force`, abandon them), stop the threads. */
  close(force?: boolean): Promise<void>;
}

/**
 * Connect to Redis (a `BackendError` within seconds if it cannot) and start taking jobs.
 *
 * @example
 * const worker = await startRedisWorker({ url: 'redis://localhost:6379', concurrency: 2, lockMs: 30_000, modelVersion: MODEL_VERSION, log: console.error });
 */
export async function startRedisWorker(options: RedisWorkerOptions): Promise<RunningRedisWorker> {
  await checkRedisReachable(options.url);
  const { Worker, UnrecoverableError } = await import('bullmq');
  const threads = new ReplicationThreads(options.concurrency);
  const { log, modelVersion } = options;

  const processJob = async (job: Job<RedisJobData, RedisJobResult>): Promise<RedisJobResult> => {
    const data = job.data;
    const what = `replication ${data.replication} of "${data.scenarioId}" (job ${job.id})`;
    if (data.modelVersion !== modelVersion) {
      log(`refused ${what}: it was sent by model ${data.modelVersion}, this worker runs ${modelVersion}`);
      throw new UnrecoverableError(otherModelMessage(modelVersion, data.modelVersion));
    }
    let inputs: ReturnType<typeof jobInputs>;
    try {
      inputs = jobInputs(data);
    } catch (error) {
      throw new UnrecoverableError(`a worker could not read the job: ${(error as Error).message}`);
    }
    log(`took ${what}`);
    let sent = 0;
    const result = await threads.run(inputs.scenario, inputs.options, data.replication, (done) => {
      const now = Date.now();
      if (now - sent < PROGRESS_EVERY_MS) return;
      sent = now;
      // Progress is for the bar only: a lost update is not worth failing the job for.
      job.updateProgress(done).catch(() => {});
    });
    log(`finished ${what}`);
    return jobResult(result);
  };

  const worker = new Worker<RedisJobData, RedisJobResult>(QUEUE_NAME, processJob, {
    connection: bullConnection(options.url),
    prefix: QUEUE_PREFIX,
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    // A job may be taken back from two dead workers before it fails as stalled.
    maxStalledCount: 2,
  });
  worker.on('failed', (job, error) => {
    if (job !== undefined) log(`failed job ${job.id} (attempt ${job.attemptsMade}): ${error.message}`);
  });
  // While Redis is away each of BullMQ's connections reports every retry: one line per message
  // and minute is enough to see what is wrong. BullMQ reconnects by itself when Redis is back.
  let lastError = { message: '', at: 0 };
  worker.on('error', (error) => {
    const now = Date.now();
    if (error.message === lastError.message && now - lastError.at < 60_000) return;
    lastError = { message: error.message, at: now };
    log(`Redis: ${error.message} (retrying)`);
  });
  try {
    // The server answered a moment ago (above), but may have gone since.
    await withTimeout(worker.waitUntilReady(), CONNECT_TIMEOUT_MS);
  } catch (error) {
    await withTimeout(worker.close(true), CONNECT_TIMEOUT_MS).catch(() => worker.disconnect());
    await threads.close();
    throw new BackendError(
      `cannot reach Redis at ${shownRedisUrl(options.url)} (${(error as Error).message})`,
    );
  }

  return {
    async close(force = false) {
      await worker.close(force);
      await threads.close();
    },
  };
}
