/**
 * `ReplicationPool`: runs a list of replication jobs (`replication-jobs.ts`) on a pool of module
 * Web Workers (simulation workers, sent `replication` requests), one per core (`pool-size.ts`),
 * and answers with every job's result in job order. It looks to its controller like one worker
 * (`postMessage` a run, answers by run id, `terminate`), so `WorkerJob` treats it like the other
 * features' workers: a late answer to an earlier run is ignored, and Cancel terminates it.
 *
 * Workers live for one run: started when a run is posted, each handed one job at a time (the
 * next as soon as it answers, so a slow job never holds up the others), and terminated when the
 * run ends, fails or is stopped. The next run starts fresh ones, and an idle page holds no
 * simulation memory. Results are kept by job number, never by arrival, so the caller's
 * assembly does not depend on which worker finished first.
 */
import type { ReplicationResult } from '@send-sim/sim-core';
import { poolSize, workersSetting } from './pool-size.js';
import { startSimulationWorker } from './worker-job.js';
import type { PoolAnswer, PoolRequest, ReplicationAnswer, ReplicationMessage } from './worker-protocol.js';

/** Report the run's progress in steps of at least this share, so the page does not redraw for every job's report. */
const PROGRESS_STEP = 0.005;

/** The pool's size for `jobs` jobs in this browser: its cores, or the address's `?workers=` when valid. */
export function browserPoolSize(jobs: number): number {
  const setting = workersSetting(location.search);
  return poolSize(jobs, navigator.hardwareConcurrency, setting.ok ? setting.workers : undefined);
}

export class ReplicationPool {
  private workers: Worker[] = [];
  /** Counts runs started and stopped, so a message still queued from a stopped run is dropped. */
  private generation = 0;

  /**
   * `answer` takes the pool's answers; `size` says how many workers to start for a number of
   * jobs (the browser's cores by default).
   */
  constructor(
    private readonly answer: (message: PoolAnswer) => void,
    private readonly size: (jobs: number) => number = browserPoolSize,
  ) {}

  /** Run every job of `request`, stopping a run still going first. */
  postMessage({ runId, jobs }: PoolRequest): void {
    this.terminate();
    const generation = this.generation;
    const results = new Array<ReplicationResult>(jobs.length);
    const shares = new Float64Array(jobs.length);
    let total = 0;
    let reported = 0;
    let next = 0;
    let finished = 0;

    const fail = (message: string) => {
      this.terminate();
      this.answer({ type: 'pool-error', runId, message });
    };
    const progress = (job: number, done: number) => {
      total += done - shares[job]!;
      shares[job] = done;
      const share = total / jobs.length;
      if (share - reported >= PROGRESS_STEP) {
        reported = share;
        this.answer({ type: 'pool-progress', runId, done: share });
      }
    };
    const give = (worker: Worker) => {
      if (next >= jobs.length) return;
      const job = next++;
      worker.postMessage({ type: 'replication', ...jobs[job]!, job } satisfies ReplicationMessage);
    };
    const receive = (worker: Worker, message: ReplicationAnswer) => {
      if (message.type === 'replication-progress') return progress(message.job, message.done);
      if (message.type === 'replication-error') return fail(message.message);
      results[message.job] = message.result;
      progress(message.job, 1);
      finished += 1;
      if (finished < jobs.length) return give(worker);
      this.terminate();
      this.answer({ type: 'pool-done', runId, results });
    };

    if (jobs.length === 0) {
      this.answer({ type: 'pool-done', runId, results });
      return;
    }
    for (let i = this.size(jobs.length); i > 0; i--) {
      const worker = startSimulationWorker();
      worker.addEventListener('message', (event: MessageEvent<ReplicationAnswer>) => {
        if (generation === this.generation) receive(worker, event.data);
      });
      worker.addEventListener('error', (event) => {
        if (generation === this.generation) fail(event.message || 'a simulation worker failed to start');
      });
      this.workers.push(worker);
      give(worker);
    }
  }

  /** Stop every worker; a run in progress gets no answer. */
  terminate(): void {
    this.generation += 1;
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }
}
