/**
 * A fixed number of worker threads, each running one replication at a time when asked: what
 * `sendsim worker` runs its jobs on. Not in its own thread, because a replication runs for
 * seconds without yielding, and the worker's main thread must stay free to renew BullMQ's lock
 * on each job it holds (a held job whose lock lapses is taken back and given to another worker)
 * and to report progress. The threads run the local pool's job module (`replication-job.ts`),
 * so a replication runs exactly as it does there.
 */
import { Worker } from 'node:worker_threads';
import type { ReplicationResult, ResolvedScenario, RunOptions } from '@send-sim/sim-core';
import type { JobMessage, ReplicationJob } from './replication-job.js';

/** The pool's worker entry, beside this module (sources or bundle; see `replication-pool.ts`). */
const WORKER_ENTRY = new URL('./replication-worker.js', import.meta.url);

interface Running {
  readonly job: number;
  readonly resolve: (result: ReplicationResult) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: ((done: number) => void) | undefined;
}

interface Thread {
  worker: Worker;
  running: Running | undefined;
}

/** `threads` worker threads taking one replication each at a time; more requests wait their turn. */
export class ReplicationThreads {
  private readonly threads: Thread[] = [];
  private readonly waiting: Array<() => void> = [];
  private nextJob = 0;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.threads.push(this.start());
  }

  /** Replication `replication` of `scenario`, on the first free thread. */
  async run(
    scenario: ResolvedScenario,
    options: RunOptions,
    replication: number,
    onProgress?: (done: number) => void,
  ): Promise<ReplicationResult> {
    let thread = this.threads.find((t) => t.running === undefined);
    while (thread === undefined) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      if (this.closed) throw new Error('the replication threads were closed');
      thread = this.threads.find((t) => t.running === undefined);
    }
    const job = this.nextJob++;
    const free = thread;
    return new Promise<ReplicationResult>((resolve, reject) => {
      free.running = { job, resolve, reject, onProgress };
      free.worker.postMessage({ job, scenario, options, replication } satisfies ReplicationJob);
    });
  }

  /** Stop every thread; replications still running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(
      this.threads.map(async (thread) => {
        thread.running?.reject(new Error('the replication threads were closed'));
        thread.running = undefined;
        await thread.worker.terminate();
      }),
    );
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_ENTRY), running: undefined };
    thread.worker.on('message', (m: JobMessage) => {
      const running = thread.running;
      if (running === undefined || m.job !== running.job) return;
      if (m.type === 'progress') {
        running.onProgress?.(m.done);
        return;
      }
      this.finish(thread);
      if (m.type === 'result') {
        running.resolve({ metrics: m.result.metrics, costs: m.result.costs, monthly: m.result.monthly });
      } else {
        const error = new Error(m.message);
        if (m.stack !== undefined) error.stack = m.stack;
        running.reject(error);
      }
    });
    // A thread that dies (out of memory, say) fails its replication, and a new one takes its place.
    thread.worker.on('error', (error) => {
      const running = thread.running;
      if (this.closed) return;
      const index = this.threads.indexOf(thread);
      void thread.worker.terminate();
      if (index >= 0) this.threads[index] = this.start();
      this.finish(thread);
      running?.reject(error);
    });
    return thread;
  }

  private finish(thread: Thread): void {
    thread.running = undefined;
    this.waiting.shift()?.();
  }
}
