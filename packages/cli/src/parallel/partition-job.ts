/**
 * The worker side of a partitioned replication (`partitioned-run.ts`): holds some of the
 * replication's partitions and runs them a day at a time when the main thread says, sending
 * back what they asked of the shared services, and at the end their results.
 */
import { parentPort } from 'node:worker_threads';
import type { Partition, PartitionResult, SimulationInput } from '@send-sim/sim-core';
import { liveBytes } from './live-memory.js';
import {
  type DayCommand,
  finishPartitions,
  runDay,
  startingRequests,
  startPartitions,
} from './partition-holder.js';

/** Messages from the main thread. */
export type PartitionCommand =
  | {
      readonly type: 'start';
      readonly input: SimulationInput;
      /** The partitions this worker holds, by index. */
      readonly partitions: readonly number[];
      /** Measure the memory the partitions hold live at the end (`live-memory.ts`). */
      readonly measureMemory: boolean;
    }
  | ({ readonly type: 'day' } & DayCommand)
  | { readonly type: 'finish'; readonly day: number; readonly month: number };

/** Replies: the held partitions' requests (`packRequests`, in the order of `partitions`), or their results. */
export type PartitionReply =
  | { readonly type: 'requests'; readonly requests: Float64Array }
  | {
      readonly type: 'results';
      readonly results: readonly PartitionResult[];
      /**
       * Live bytes the thread holds at the end of the run, when measured: all of them, its own
       * start-up (Node's and the bundle's) included, since the thread exists only for the run.
       */
      readonly liveBytes: number | undefined;
    }
  | { readonly type: 'error'; readonly message: string; readonly stack: string | undefined };

const port = parentPort;
if (port === null) throw new Error('partition-job must run in a worker thread');

let held: Partition[] = [];
/** Whether to measure the memory held at the end. */
let measure = false;

port.on('message', (command: PartitionCommand) => {
  try {
    switch (command.type) {
      case 'start':
        measure = command.measureMemory;
        held = startPartitions(command.input, command.partitions);
        port.postMessage({ type: 'requests', requests: startingRequests(held) } satisfies PartitionReply);
        break;
      case 'day':
        port.postMessage({ type: 'requests', requests: runDay(held, command) } satisfies PartitionReply);
        // While the main thread settles the day, load the next one (its events, and its
        // children's rows into the cache): work the thread would otherwise wait to do.
        for (const p of held) p.prepare();
        break;
      case 'finish': {
        // Measured before the results are put together, with every child still held.
        const live = measure ? liveBytes() : undefined;
        port.postMessage({
          type: 'results',
          results: finishPartitions(held, command.day, command.month),
          liveBytes: live,
        } satisfies PartitionReply);
        break;
      }
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'error', message: e.message, stack: e.stack } satisfies PartitionReply);
  }
});
