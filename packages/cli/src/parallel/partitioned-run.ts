/**
 * One replication run on several threads: its partitions (groups of local areas) are shared
 * out between this thread and worker threads, and this thread settles the end of every day
 * (`ReplicationDays`) exactly as `Simulation.run` does when it runs them one after another.
 * Every request and result is put together in partition order, so the output is byte-identical
 * to the serial run whatever the number of threads (a test holds them equal).
 *
 * Each day, this thread sends the workers their instructions, runs its own partitions, then
 * collects the workers' requests, so it is never idle while they work. Worth it only for a
 * large replication: the threads meet once a simulated day (about 3,650 times in ten years),
 * which costs under a second, while a national replication runs for about a minute.
 */
import { Worker } from 'node:worker_threads';
import {
  localAreaOf,
  PARTITIONS,
  type PartitionResult,
  ReplicationDays,
  replicationOutput,
  type ServiceRequests,
  type SimulationInput,
  type SimulationOutput,
} from '@send-sim/sim-core';
import { liveBytes } from './live-memory.js';
import { finishPartitions, runDay, startingRequests, startPartitions } from './partition-holder.js';
import type { PartitionCommand, PartitionReply } from './partition-job.js';
import { packPlaces, unpackRequests } from './partition-messages.js';

const WORKER_ENTRY = new URL('./partition-worker.js', import.meta.url);

/** How to run a partitioned replication. */
export interface PartitionedRunOptions {
  /** Threads, this one included (at most one per partition). */
  readonly threads: number;
  readonly onProgress?: (done: number) => void;
  /**
   * Called at the end, before the results are put together, with the live bytes the replication
   * holds (`live-memory.ts`): what this thread gained over the run, and all that each worker
   * thread holds, its start-up included (it exists only for the run). Not called when `gc` is
   * not exposed.
   */
  readonly onLiveBytes?: (bytes: number) => void;
}

/** Run `input` (without callbacks; progress goes to `options.onProgress`) across threads. */
export async function runPartitioned(
  input: SimulationInput,
  { threads, onProgress, onLiveBytes }: PartitionedRunOptions,
): Promise<SimulationOutput> {
  const { onProgress: _p, onMonthStart: _m, onStep: _s, ...plain } = input;
  const measureMemory = onLiveBytes !== undefined;
  const count = Math.max(1, Math.min(threads, PARTITIONS));
  // Partition p goes to thread p mod count (thread 0 is this one): groups differ in size by chance only.
  const held = Array.from({ length: count }, (_, t) =>
    Array.from({ length: PARTITIONS }, (_, p) => p).filter((p) => p % count === t),
  );
  const workers = held.slice(1).map(() => new Worker(WORKER_ENTRY));
  try {
    const ask = (w: number, command: PartitionCommand) =>
      new Promise<PartitionReply>((resolve, reject) => {
        const worker = workers[w]!;
        const done = (reply: PartitionReply) => {
          worker.off('error', failed);
          if (reply.type === 'error') {
            const error = new Error(reply.message);
            if (reply.stack !== undefined) error.stack = reply.stack;
            reject(error);
          } else resolve(reply);
        };
        const failed = (error: Error) => {
          worker.off('message', done);
          reject(error);
        };
        worker.once('message', done);
        worker.once('error', failed);
        worker.postMessage(command);
      });
    const requestsOf = (reply: PartitionReply): Float64Array => {
      if (reply.type !== 'requests') throw new Error('a partition thread answered out of turn');
      return reply.requests;
    };
    /** Each partition's requests, in partition order, from every thread's packed requests. */
    const byPartition = (packed: readonly Float64Array[]): ServiceRequests[] => {
      const requests: ServiceRequests[] = new Array(PARTITIONS);
      packed.forEach((p, t) => {
        const mine = unpackRequests(p, held[t]!.length);
        held[t]!.forEach((partition, k) => {
          requests[partition] = mine[k]!;
        });
      });
      return requests;
    };

    // This thread's share: the shared services and schedule as well as its partitions.
    const before = measureMemory ? liveBytes() : undefined;
    const days = new ReplicationDays({ ...plain, ...(onProgress === undefined ? {} : { onProgress }) });
    const started = workers.map((_, w) =>
      ask(w, { type: 'start', input: plain, partitions: held[w + 1]!, measureMemory }),
    );
    const own = startPartitions(plain, held[0]!);
    let requests = byPartition([startingRequests(own), ...(await Promise.all(started)).map(requestsOf)]);
    for (let day = 0; ; day++) {
      let month = -1;
      const { year, places } = days.endOfDay(day, requests, (m) => {
        month = m;
      });
      if (day === days.endDay) {
        const finished = workers.map((_, w) => ask(w, { type: 'finish', day, month }));
        const after = before === undefined ? undefined : liveBytes();
        const parts = [finishPartitions(own, day, month)];
        let live = after === undefined || before === undefined ? undefined : after - before;
        for (const reply of await Promise.all(finished)) {
          if (reply.type !== 'results') throw new Error('a partition thread answered out of turn');
          parts.push([...reply.results]);
          live = live === undefined || reply.liveBytes === undefined ? undefined : live + reply.liveBytes;
        }
        if (live !== undefined) onLiveBytes?.(live);
        const results: PartitionResult[] = new Array(PARTITIONS);
        parts.forEach((part, t) => {
          held[t]!.forEach((p, k) => {
            results[p] = part[k]!;
          });
        });
        onProgress?.(1);
        return replicationOutput(plain, days, results);
      }
      const placesFor = (t: number) =>
        packPlaces(places, (child) => held[t]!.includes(localAreaOf(child, PARTITIONS)));
      const running = workers.map((_, w) =>
        ask(w, { type: 'day', day, month, year, places: placesFor(w + 1) }),
      );
      const mine = runDay(own, { day, month, year, places: placesFor(0) });
      requests = byPartition([mine, ...(await Promise.all(running)).map(requestsOf)]);
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
}
