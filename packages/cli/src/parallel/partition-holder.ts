/**
 * What a thread running some of a replication's partitions does with them, whichever thread it
 * is (a worker, or the main thread, which holds a share too): build them, run a day, hand back
 * their results. The messages between threads carry exactly these commands (`partition-job.ts`).
 */
import {
  compileJourney,
  createJourneyMachine,
  JourneyLayout,
  PARTITIONS,
  Partition,
  type PartitionResult,
  ReplicationDays,
  type SimulationInput,
  type YearOfArrivals,
} from '@send-sim/sim-core';
import { packRequests } from './partition-messages.js';

/** One day's instructions for the partitions a thread holds. */
export interface DayCommand {
  /** The day to run; the end of the day before it has been settled. */
  readonly day: number;
  /** A month starting on `day` whose stocks are taken first, or −1. */
  readonly month: number;
  readonly year: YearOfArrivals | undefined;
  /** Places in shared services starting on `day` for the thread's children: [child, service, …]. */
  readonly places: Int32Array;
}

/** Build partitions `indices` of `input`'s replication and their starting populations. */
export function startPartitions(input: SimulationInput, indices: readonly number[]): Partition[] {
  const journey = compileJourney(createJourneyMachine(input.params), input.params);
  const layout = new JourneyLayout(journey);
  const days = new ReplicationDays(input);
  const held = indices.map((i) => new Partition(days.partitionSettings(journey, layout, i, PARTITIONS)));
  for (const p of held) p.start();
  return held;
}

/** Run the held partitions through `command.day`, as `Simulation.run` does; returns their requests (packed). */
export function runDay(held: readonly Partition[], command: DayCommand): Float64Array {
  const { day, month, year, places } = command;
  for (const p of held) {
    if (month >= 0) p.startMonth(month);
    if (year !== undefined) p.arrive(year);
  }
  for (const p of held) {
    const child: number[] = [];
    const service: number[] = [];
    for (let k = 0; k < places.length; k += 2) {
      if (!p.owns(places[k]!)) continue;
      child.push(places[k]!);
      service.push(places[k + 1]!);
    }
    p.deliver(day, child, service, child.length);
  }
  for (const p of held) p.runUntil(day + 1);
  return packRequests(held.map((p) => p.takeRequests()));
}

/** The held partitions' requests made while they were built (packed). */
export function startingRequests(held: readonly Partition[]): Float64Array {
  return packRequests(held.map((p) => p.takeRequests()));
}

/** End the run on `day` (taking the month-start stocks `month`, or −1) and hand back the results. */
export function finishPartitions(held: readonly Partition[], day: number, month: number): PartitionResult[] {
  for (const p of held) {
    if (month >= 0) p.startMonth(month);
    p.finish(day);
  }
  return held.map((p) => p.result());
}
