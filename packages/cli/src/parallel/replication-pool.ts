/**
 * Runs the replications of one or more scenarios across worker threads (DESIGN 3.3), then
 * summarises each scenario exactly as `runExperiment` would: a replication's result depends
 * only on (scenario, options, replication), and results are summarised in replication order,
 * so the output is byte-identical to a serial run whatever the number of threads.
 *
 * Threads: as many as make the run quickest (`worker-count.ts`), so a small run stays in this
 * thread; `SENDSIM_WORKERS` sets the number (1 runs serially in this thread). A few large
 * replications (fewer than the threads, from 5% of England) are each split across the threads
 * by partition instead (`partitioned-run.ts`), byte-identical to running them whole.
 */
import { Worker } from 'node:worker_threads';
import {
  checkRunSize,
  type ExperimentResult,
  type ReplicationResult,
  type ResolvedScenario,
  type RunOptions,
  runReplication,
  simulationInput,
  summarise,
  validateRunOptions,
  weighReplication,
} from '@send-sim/sim-core';
import { runPartitioned } from './partitioned-run.js';
import type { JobMessage, ReplicationJob } from './replication-job.js';
import { splitThreads, workerCount } from './worker-count.js';

/**
 * A worker thread's entry, beside this module: `src/parallel/replication-worker.js` when the
 * sources run (it registers tsx), `dist/<key>/replication-worker.js` in the bundle (the built job).
 */
const WORKER_ENTRY = new URL('./replication-worker.js', import.meta.url);

/** Progress over all jobs: share done (0–1) and how many replications have finished. */
export type PoolProgress = (done: number, finished: number, total: number) => void;

/**
 * Called once for each scenario as soon as all its replications are done, with its index in the
 * list given and its summary (the same object the run returns), in the order scenarios finish.
 * A resumable command writes a point as soon as all its scenarios are done, so an interrupted
 * run loses only the points in flight. An error thrown here stops the run and is its error.
 */
export type ScenarioDone = (index: number, result: ExperimentResult) => void;

/**
 * Refuse a run before any thread (or any machine) starts on it: options out of range, or a
 * scenario that would simulate more children than a run may. Every backend checks this first.
 */
export function checkExperiments(scenarios: readonly ResolvedScenario[], options: RunOptions): void {
  validateRunOptions(options);
  for (const scenario of scenarios) checkRunSize(scenario, options, `${scenario.id}.json`);
}

/**
 * Every replication of every scenario, in parallel; one `ExperimentResult` per scenario, in
 * the order given (`onScenarioDone` hears of each as soon as it is done).
 */
export async function runExperiments(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  onProgress?: PoolProgress,
  onScenarioDone?: ScenarioDone,
): Promise<ExperimentResult[]> {
  checkExperiments(scenarios, options);
  const jobs = scenarios.length * options.replications;
  const split = splitThreads(jobs, options);
  if (split > 1) return runEachSplit(scenarios, options, split, onProgress, onScenarioDone);
  const pool = new ReplicationPool(workerCount(jobs, options));
  try {
    return await pool.run(scenarios, options, onProgress, onScenarioDone);
  } finally {
    pool.close();
  }
}

/**
 * Every replication one after another, each split across `threads` threads by partition: for
 * a few large replications (`splitThreads`). The same results as any other way of running them.
 */
async function runEachSplit(
  scenarios: readonly ResolvedScenario[],
  options: RunOptions,
  threads: number,
  onProgress?: PoolProgress,
  onScenarioDone?: ScenarioDone,
): Promise<ExperimentResult[]> {
  const total = scenarios.length * options.replications;
  const results: ExperimentResult[] = [];
  for (const [s, scenario] of scenarios.entries()) {
    const replications: ReplicationResult[] = [];
    for (let replication = 0; replication < options.replications; replication++) {
      const finished = s * options.replications + replication;
      const out = await runPartitioned(simulationInput(scenario, options, replication), {
        threads,
        onProgress: (done) => onProgress?.((finished + done) / total, finished, total),
      });
      const { metrics, costs, monthly } = weighReplication(out, options, scenario.startDate);
      replications.push({ metrics, costs, monthly });
      onProgress?.((finished + 1) / total, finished + 1, total);
    }
    const result = summarise(scenario, options, replications);
    results.push(result);
    onScenarioDone?.(s, result);
  }
  return results;
}

/**
 * Worker threads that stay up from one run to the next, so a search that runs hundreds of
 * small experiments one after another (a calibration fit) pays their start-up and JIT warm-up
 * once. With one thread it runs replications in this thread.
 */
export class ReplicationPool {
  private readonly workers: Worker[] = [];

  constructor(readonly threads: number) {
    if (threads > 1) for (let i = 0; i < threads; i++) this.workers.push(new Worker(WORKER_ENTRY));
  }

  /** Every replication of every scenario; one `ExperimentResult` per scenario, in the order given. */
  async run(
    scenarios: readonly ResolvedScenario[],
    options: RunOptions,
    onProgress?: PoolProgress,
    onScenarioDone?: ScenarioDone,
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
    const reps = options.replications;
    const results: ReplicationResult[] = new Array(jobs.length);
    const summaries: ExperimentResult[] = new Array(scenarios.length);
    // Replications still running, per scenario: at 0 it is summarised and reported at once.
    const remaining = scenarios.map(() => reps);
    const partial = new Float64Array(jobs.length);
    let finished = 0;
    const report = () =>
      onProgress?.(partial.reduce((a, b) => a + b, 0) / jobs.length, finished, jobs.length);
    const record = (job: number, result: ReplicationResult) => {
      results[job] = { metrics: result.metrics, costs: result.costs, monthly: result.monthly };
      partial[job] = 1;
      finished++;
      report();
      const s = Math.floor(job / reps);
      if (--remaining[s]! === 0) {
        // Summarised in replication order, whatever order they finished in: byte-identical to serial.
        summaries[s] = summarise(scenarios[s]!, options, results.slice(s * reps, (s + 1) * reps));
        onScenarioDone?.(s, summaries[s]!);
      }
    };
    if (this.workers.length === 0) {
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
      await this.runInWorkers(jobs, record, (job, done) => {
        partial[job] = done;
        report();
      });
    }
    return summaries;
  }

  /** Stop the worker threads. */
  close(): void {
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }

  private runInWorkers(
    jobs: readonly ReplicationJob[],
    record: (job: number, result: ReplicationResult) => void,
    progress: (job: number, done: number) => void,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let next = 0;
      let outstanding = jobs.length;
      let failed = false;
      const listeners: Array<{
        worker: Worker;
        message: (m: JobMessage) => void;
        error: (e: Error) => void;
      }> = [];
      const detach = () => {
        for (const { worker, message, error } of listeners) {
          worker.off('message', message);
          worker.off('error', error);
        }
      };
      const fail = (error: Error) => {
        failed = true;
        detach();
        // A failed run leaves its threads mid-job: stop them; the pool cannot be used again.
        this.close();
        reject(error);
      };
      const give = (worker: Worker) => {
        const job = jobs[next++];
        if (job !== undefined) worker.postMessage(job);
      };
      for (const worker of this.workers) {
        const message = (m: JobMessage) => {
          if (failed) return;
          if (m.type === 'progress') progress(m.job, m.done);
          else if (m.type === 'result') {
            try {
              record(m.job, m.result);
            } catch (e) {
              // A completion hook that fails (e.g. a full disk) fails the run, not the process.
              fail(e instanceof Error ? e : new Error(String(e)));
              return;
            }
            if (--outstanding === 0) {
              detach();
              resolve();
            } else give(worker);
          } else {
            const error = new Error(m.message);
            if (m.stack !== undefined) error.stack = m.stack;
            fail(error);
          }
        };
        const error = (e: Error) => {
          if (!failed) fail(e);
        };
        worker.on('message', message);
        worker.on('error', error);
        listeners.push({ worker, message, error });
      }
      if (jobs.length === 0) {
        detach();
        resolve();
        return;
      }
      for (const worker of this.workers) give(worker);
    });
  }
}
