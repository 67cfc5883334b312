/**
 * A service as the engine sees it: one first-come-first-served queue per local area group (a
 * single group for a service the model treats as national). A child joins, holds and leaves the
 * queue of its own group, so a free slot in one group never serves a child of another.
 */
import { localAreaOf } from './local-areas.js';
import { ServiceMembers, ServiceQueue } from './service-queue.js';

export class Service {
  readonly name: string;
  private readonly queues: ServiceQueue[];
  private readonly members = new ServiceMembers();
  /** The sum of the waits taken by the last `drainWaitTotal`. */
  drainedSum = 0;

  /** `slotsByArea`: whole slots of each local area group (one entry for a national service). */
  constructor(name: string, slotsByArea: readonly number[]) {
    if (slotsByArea.length === 0) throw new Error(`Service '${name}': needs at least one local area group`);
    this.name = name;
    this.queues = slotsByArea.map((slots) => new ServiceQueue(name, slots, this.members));
  }

  /** Local area groups with their own queue. */
  get areas(): number {
    return this.queues.length;
  }

  /** Slots of every group together. */
  get capacity(): number {
    return this.sum((q) => q.capacity);
  }

  /** Slots, slots in use and children queued, group by group. */
  get byArea(): Array<{ capacity: number; holding: number; waiting: number }> {
    return this.queues.map((q) => ({ capacity: q.capacity, holding: q.holding, waiting: q.waiting }));
  }

  /** Children queued now, in every group. */
  get waiting(): number {
    return this.sum((q) => q.waiting);
  }

  /** Children who left while still waiting for a slot (went elsewhere) since the last call, in every group. */
  takeStoppedWaiting(): number {
    let total = 0;
    for (const q of this.queues) {
      total += q.stoppedWaiting;
      q.stoppedWaiting = 0;
    }
    return total;
  }

  /** Slots in use now, in every group. */
  get holding(): number {
    return this.sum((q) => q.holding);
  }

  /** Whether `child` waits for or holds a slot. */
  has(child: number): boolean {
    return this.queueOf(child).has(child);
  }

  /** Whether `child` waits for a slot. */
  waits(child: number): boolean {
    return this.queueOf(child).waits(child);
  }

  /** Join the child's group's queue at `now`; true when a slot was free and the child holds it at once. */
  join(child: number, now: number, heldBeforeStart = false): boolean {
    return this.queueOf(child).join(child, now, heldBeforeStart);
  }

  /** `child` leaves the queue or gives up its slot; children admitted to the freed slot go to `admit`. */
  leave(child: number, now: number, admit: (child: number) => void): void {
    this.queueOf(child).leave(child, now, admit);
  }

  /** Waits (days) of everyone admitted since the last call, group by group, then forgets them. */
  drainWaits(): number[] {
    return this.queues.flatMap((q) => q.drainWaits());
  }

  /**
   * How many were admitted since the last drain; the sum of their waits, added up group by
   * group in admission order (as `drainWaits` lists them), is left in `drainedSum`. Runs after
   * every join and leave, so it allocates nothing.
   */
  drainWaitTotal(): number {
    let count = 0;
    let sum = 0;
    for (const q of this.queues) {
      const n = q.undrainedWaits;
      if (n === 0) continue;
      count += n;
      sum = q.drainWaitsInto(sum);
    }
    this.drainedSum = sum;
    return count;
  }

  /** Bytes held per child (for memory accounting). */
  get bytes(): number {
    return this.members.bytes;
  }

  /** New slots for each group (a policy starting part-way through a run); see `ServiceQueue.setCapacity`. */
  setCapacity(slotsByArea: readonly number[], now: number, admit: (child: number) => void): void {
    if (slotsByArea.length !== this.queues.length) {
      throw new Error(
        `Service '${this.name}': ${this.queues.length} local area groups, but ${slotsByArea.length} capacities given`,
      );
    }
    for (const [k, q] of this.queues.entries()) q.setCapacity(slotsByArea[k]!, now, admit);
  }

  private queueOf(child: number): ServiceQueue {
    return this.queues[localAreaOf(child, this.queues.length)]!;
  }

  private sum(of: (q: ServiceQueue) => number): number {
    let total = 0;
    for (const q of this.queues) total += of(q);
    return total;
  }
}
