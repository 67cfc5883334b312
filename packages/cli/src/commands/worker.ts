/**
 * `sendsim worker --redis URL [--concurrency N] [--lock-seconds S]`: take replications from the
 * Redis queue that `--backend redis` sends to, and run them until stopped (decision 0012). The
 * first Ctrl-C or SIGTERM lets running replications finish (their results are sent); a second
 * stops at once (BullMQ gives those jobs to another worker when their locks lapse).
 */
import { availableParallelism } from 'node:os';
import { MODEL_VERSION } from '@send-sim/sim-core';
import type { CliOptions } from '../args.js';
import { shownRedisUrl } from '../parallel/redis-connection.js';
import { startRedisWorker } from '../parallel/redis-worker.js';
import type { CliIo, CommandOutput } from './context.js';

export async function workerCommand(options: CliOptions, io: CliIo): Promise<CommandOutput> {
  const url = options.redis!;
  const concurrency = options.concurrency ?? availableParallelism();
  const say = (line: string) => io.stderr.write(`sendsim worker: ${line}\n`);
  const worker = await startRedisWorker({
    url,
    concurrency,
    lockMs: options.lockSeconds * 1000,
    modelVersion: MODEL_VERSION,
    log: say,
  });
  say(
    `model ${MODEL_VERSION}, ${concurrency} at a time, taking replications from ${shownRedisUrl(url)} (Ctrl-C to stop)`,
  );
  const signal = await stopSignal();
  say(`${signal}: finishing the replications running (again to stop at once)`);
  const force = stopSignal().then(() => true);
  await Promise.race([worker.close(false), force.then(() => worker.close(true))]);
  say('stopped');
  return { text: '', exitCode: 0 };
}

/** The next SIGINT or SIGTERM. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
