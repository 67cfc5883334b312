/**
 * @send-sim/cli: the `sendsim` command line as a function, so tests (and scripts) can run it
 * in-process with captured output.
 *
 * @example
 * import { main } from '@send-sim/cli';
 * let out = '';
 * const code = await main(['validate', 'scenarios/baseline.json'], { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr, cwd: process.cwd() });
 */
export { COMMANDS, type CommandName, OPTION_SPECS, parseArgs } from './args.js';
export {
  type FitRequest,
  fitJson,
  fitRuns,
  runFit,
} from './commands/calibration-fit.js';
export { InputError, UsageError } from './errors.js';
export { usageText } from './help-text.js';
export { type CliIo, EXIT, main, type OutputStream } from './main.js';
export {
  type BackendChoice,
  type ExperimentDone,
  openBackend,
  type ReplicationBackend,
  type Workload,
} from './parallel/backend.js';
export { fromExactJson, toExactJson } from './parallel/exact-json.js';
export { runPartitioned } from './parallel/partitioned-run.js';
export {
  type RedisWorkerOptions,
  type RunningRedisWorker,
  startRedisWorker,
} from './parallel/redis-worker.js';
export { runExperiments } from './parallel/replication-pool.js';
export { splitThreads } from './parallel/worker-count.js';
export {
  MANIFEST_VERSION,
  type ManifestFile,
  RESULT_COMMANDS,
  type RunManifest,
} from './run-manifest.js';
