/**
 * A capacity-limited service with a first-come-first-served queue (educational
 * psychologists, early help, special school places, tribunal hearings). A child holds one
 * slot from admission until it leaves; waiting time is never an input, it emerges from
 * capacity and demand.
 *
 * Leaving while still queued is lazy: the entry stays in the queue and is skipped when
 * reached. A child who leaves and rejoins has a newer entry behind its old one, so the queue
 * only needs to know how many of a child's entries ahead are dead, not which: every operation
 * is O(1) amortised, and the per-child record is two bytes (`ServiceMembers`).
 */

const NONE = 0;
const WAITING = 1;
const HOLDING = 2;

/**
 * Where each child stands with one service: none, waiting or holding, and how many of its
 * queue entries are dead. Shared by a service's local area queues (a child is in one of them).
 */
export class ServiceMembers {
  status = new Uint8Array(1024);
  dead = new Uint8Array(1024);

  of(child: number): number {
    return child < this.status.length ? this.status[child]! : NONE;
  }

  set(child: number, status: number): void {
    if (child >= this.status.length) this.grow(child);
    this.status[child] = status;
  }

  get bytes(): number {
    return this.status.byteLength + this.dead.byteLength;
  }

  private grow(child: number): void {
    let n = this.status.length;
    while (n <= child) n = Math.ceil(n * 1.5);
    const status = new Uint8Array(n);
    status.set(this.status);
    this.status = status;
    const dead = new Uint8Array(n);
    dead.set(this.dead);
    this.dead = dead;
  }
}

export class ServiceQueue {
  readonly name: string;
  private slots: number;
  private inUse = 0;
  /** Queue entries from `head` to `tail`: the child and the day it joined. */
  private queueChild = new Int32Array(64);
  private queueJoined = new Float64Array(64);
  private head = 0;
  private tail = 0;
  private waitingCount = 0;
  /** Waits (days) of children admitted since the last drain, in admission order. */
  private waitList = new Float64Array(16);
  private waitCount = 0;

  constructor(
    name: string,
    capacity: number,
    private readonly members = new ServiceMembers(),
  ) {
    if (!Number.isFinite(capacity) || capacity < 1) {
      throw new Error(`Service '${name}': capacity must be at least one slot, found ${capacity}`);
    }
    this.name = name;
    this.slots = Math.floor(capacity);
  }

  /** Slots the service has. */
  get capacity(): number {
    return this.slots;
  }

  /**
   * Change the number of slots (a policy that starts part-way through a run). More slots admit
   * waiting children at once; fewer take effect as children leave (nobody is evicted).
   */
  setCapacity(capacity: number, now: number, admit: (child: number) => void): void {
    if (!Number.isFinite(capacity) || capacity < 1) {
      throw new Error(`Service '${this.name}': capacity must be at least one slot, found ${capacity}`);
    }
    this.slots = Math.floor(capacity);
    this.admitWaiting(now, admit);
  }

  /** Children queued now. */
  get waiting(): number {
    return this.waitingCount;
  }

  /** Children who left the queue while still waiting (they went elsewhere), since the count began. */
  stoppedWaiting = 0;

  /** Slots in use now. */
  get holding(): number {
    return this.inUse;
  }

  /** Whether `child` waits for or holds a slot. */
  has(child: number): boolean {
    return this.members.of(child) !== NONE;
  }

  /** Join the queue at `now`; returns true when a slot was free and the child holds it at once. */
  join(child: number, now: number): boolean {
    if (this.members.of(child) !== NONE) return false;
    if (this.inUse < this.slots && this.waitingCount === 0) {
      this.members.set(child, HOLDING);
      this.inUse++;
      this.recordWait(0);
      return true;
    }
    this.members.set(child, WAITING);
    if (this.tail === this.queueChild.length) this.makeRoom();
    this.queueChild[this.tail] = child;
    this.queueJoined[this.tail] = now;
    this.tail++;
    this.waitingCount++;
    return false;
  }

  /**
   * `child` leaves the queue or gives up its slot. Children admitted to a freed slot are
   * passed to `admit` in queue order.
   */
  leave(child: number, now: number, admit: (child: number) => void): void {
    const s = this.members.of(child);
    if (s === NONE) return;
    this.members.status[child] = NONE;
    if (s === WAITING) {
      // Its entry is still queued: mark one more of this child's entries dead.
      const dead = this.members.dead;
      if (dead[child] === 0xff)
        throw new Error(`Service '${this.name}': child ${child} left its queue too often`);
      dead[child]!++;
      this.waitingCount--;
      this.stoppedWaiting++;
      return;
    }
    this.inUse--;
    this.admitWaiting(now, admit);
  }

  /** How many admissions since the last drain (their waits are kept until then). */
  get undrainedWaits(): number {
    return this.waitCount;
  }

  /** Waits (days) of everyone admitted since the last drain, then forgets them. */
  drainWaits(): number[] {
    const waits = Array.from(this.waitList.subarray(0, this.waitCount));
    this.waitCount = 0;
    return waits;
  }

  /** Add the waits admitted since the last drain to `sum` in admission order, then forget them. */
  drainWaitsInto(sum: number): number {
    for (let i = 0; i < this.waitCount; i++) sum += this.waitList[i]!;
    this.waitCount = 0;
    return sum;
  }

  private recordWait(days: number): void {
    if (this.waitCount === this.waitList.length) {
      const grown = new Float64Array(this.waitList.length * 2);
      grown.set(this.waitList);
      this.waitList = grown;
    }
    this.waitList[this.waitCount++] = days;
  }

  private admitWaiting(now: number, admit: (child: number) => void): void {
    const { members } = this;
    while (this.inUse < this.slots && this.waitingCount > 0) {
      const next = this.queueChild[this.head]!;
      const joined = this.queueJoined[this.head]!;
      this.head++;
      // Entries of a child that left come before its live one: skip as many as it has dead.
      if (members.dead[next]! > 0) {
        members.dead[next]!--;
        continue;
      }
      members.status[next] = HOLDING;
      this.waitingCount--;
      this.inUse++;
      this.recordWait(now - joined);
      admit(next);
    }
  }

  /** Drop consumed entries from the front, or double the room when more than half is live. */
  private makeRoom(): void {
    const live = this.tail - this.head;
    if (live * 2 > this.queueChild.length) {
      const child = new Int32Array(this.queueChild.length * 2);
      const joined = new Float64Array(this.queueChild.length * 2);
      child.set(this.queueChild.subarray(this.head, this.tail));
      joined.set(this.queueJoined.subarray(this.head, this.tail));
      this.queueChild = child;
      this.queueJoined = joined;
    } else {
      this.queueChild.copyWithin(0, this.head, this.tail);
      this.queueJoined.copyWithin(0, this.head, this.tail);
    }
    this.tail = live;
    this.head = 0;
  }
}
