/**
 * Runs the replications of one or more scenarios across worker threads (DESIGN 3.3), then
 * summarises each scenario exactly as `runExperiment` would: a replication's result depends
 * only on (scenario, options, replication), and results are summarised in replication order,
 * so the output is byte-identical to a serial run whatever the number of threads.
 *
 * Threads: as many as make the run quickest (`worker-count.ts`), so a small run stays in this
 * thread; `SENDSIM_WORKERS` sets the number (1 runs serially in this thread).
 */
import { Worker } from 'node:worker_threads';
import {
  type ExperimentResult,
  type ReplicationResult,
  type ResolvedScenario,
  type RunOptions,
  runReplication,
  summarise,
  validateRunOptions,
} from '@send-sim/sim-core';
import type { JobMessage, ReplicationJob } from './replication-job.js';
import { workerCount } from './worker-count.js';

/**
 * A worker thread's entry, beside this module: `src/parallel/replication-worker.js` when the
 * sources run (it registers tsx), `dist/<key>/replication-worker.js` in the bundle (the built job).
 */
const WORKER_ENTRY = new URL('./replication-worker.js', import.meta.url);

/** Progress over all jobs: share done (0–1) and how many replications have finished. */
export type PoolProgress = (done: number, finished: number, total: number) => void;

/**
 * Every replication of every scenario, in parallel; one `ExperimentResult` per scenario, in
 * the order given.
 */
export async function runExperiments(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  onProgress?: PoolProgress,
): Promise<ExperimentResult[]> {
  validateRunOptions(options);
  const jobs: ReplicationJob[] = scenarios.flatMap((scenario, s) =>
    Array.from({ length: options.replications }, (_, replication) => ({
      job: s * options.replications + replication,
      scenario,
      options,
      replication,
    })),
  );
  const results: ReplicationResult[] = new Array(jobs.length);
  const partial = new Float64Array(jobs.length);
  let finished = 0;
  const report = () => onProgress?.(partial.reduce((a, b) => a + b, 0) / jobs.length, finished, jobs.length);
  const record = (job: number, result: ReplicationResult) => {
    results[job] = { metrics: result.metrics, costs: result.costs, monthly: result.monthly };
    partial[job] = 1;
    finished++;
    report();
  };

  const threads = workerCount(jobs.length, options);
  if (threads === 1) {
    for (const { job, scenario, replication } of jobs) {
      record(
        job,
        runReplication(scenario, options, replication, (done) => {
          partial[job] = done;
          report();
        }),
      );
    }
  } else {
    await runInWorkers(jobs, threads, record, (job, done) => {
      partial[job] = done;
      report();
    });
  }
  return scenarios.map((scenario, s) =>
    summarise(scenario, options, results.slice(s * options.replications, (s + 1) * options.replications)),
  );
}

function runInWorkers(
  jobs: readonly ReplicationJob[],
  threads: number,
  record: (job: number, result: ReplicationResult) => void,
  progress: (job: number, done: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let outstanding = jobs.length;
    let failed = false;
    const stopAll = () => {
      for (const w of workers) void w.terminate();
    };
    const give = (worker: Worker) => {
      const job = jobs[next++];
      if (job !== undefined) worker.postMessage(job);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_ENTRY);
      workers.push(worker);
      worker.on('message', (message: JobMessage) => {
        if (failed) return;
        if (message.type === 'progress') progress(message.job, message.done);
        else if (message.type === 'result') {
          record(message.job, message.result);
          if (--outstanding === 0) {
            stopAll();
            resolve();
          } else give(worker);
        } else {
          failed = true;
          stopAll();
          const error = new Error(message.message);
          if (message.stack !== undefined) error.stack = message.stack;
          reject(error);
        }
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stopAll();
        reject(error);
      });
      give(worker);
    }
  });
}
