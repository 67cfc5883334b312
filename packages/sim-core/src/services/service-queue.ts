/**
 * A capacity-limited service with a first-come-first-served queue (educational
 * psychologists, early help, special school places, tribunal hearings). A child holds one
 * slot from admission until it leaves; waiting time is never an input, it emerges from
 * capacity and demand.
 *
 * Leaving while still queued is lazy: the entry stays in the queue and is skipped when
 * reached. A child who leaves and rejoins has a newer entry behind its old one, so the queue
 * only needs to know how many of a child's entries ahead are dead, not which: every operation
 * is O(1) amortised, and only the children in the service have a record (`ServiceMembers`).
 */

const NONE = 0;
const WAITING = 1;
const HOLDING = 2;
/** A member's record: its status in the low two bits, its dead queue entries above them. */
const STATUS_MASK = 3;
const DEAD_ONE = 4;
const MAX_DEAD = 0xff;
/** No child in a slot of the table. */
const EMPTY = -1;

/**
 * Where each child stands with one service: none, waiting or holding, and how many of its
 * queue entries are dead. Shared by a service's local area queues (a child is in one of them).
 *
 * Only children in the service (or with dead entries still queued) have a record, in an
 * open-addressing hash table (linear probing, at most three quarters full): a few percent of
 * the children are in a service at any time, so a table by child id, two bytes for every
 * child ever seen, held far more than this does (six bytes a slot for the children in it).
 */
export class ServiceMembers {
  private keys = new Int32Array(16).fill(EMPTY);
  private records = new Uint16Array(16);
  private size = 0;

  /** The child's status: none, waiting or holding. */
  of(child: number): number {
    const slot = this.find(child);
    return slot < 0 ? NONE : this.records[slot]! & STATUS_MASK;
  }

  set(child: number, status: number): void {
    const slot = this.slotOf(child);
    this.store(slot, (this.records[slot]! & ~STATUS_MASK) | status);
  }

  /** How many of the child's queue entries are dead (it left while they were queued). */
  dead(child: number): number {
    const slot = this.find(child);
    return slot < 0 ? 0 : this.records[slot]! >> 2;
  }

  /** One more (`delta` = 1) or one fewer (−1) dead entry of the child's. */
  addDead(child: number, delta: number): void {
    const slot = this.slotOf(child);
    const dead = (this.records[slot]! >> 2) + delta;
    if (!(dead >= 0 && dead <= MAX_DEAD))
      throw new Error(`ServiceMembers: child ${child} cannot have ${dead} dead queue entries`);
    this.store(slot, (this.records[slot]! & STATUS_MASK) | (dead * DEAD_ONE));
  }

  /** Children with a record. */
  get count(): number {
    return this.size;
  }

  get bytes(): number {
    return this.keys.byteLength + this.records.byteLength;
  }

  /** The child's slot, or −1 when it has no record. */
  private find(child: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let slot = hash(child) & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot]!;
      if (key === child) return slot;
      if (key === EMPTY) return -1;
    }
  }

  /** The child's slot, made (with a record of 0) when it has none. */
  private slotOf(child: number): number {
    const found = this.find(child);
    if (found >= 0) return found;
    if ((this.size + 1) * 4 > this.keys.length * 3) this.rehash(this.keys.length * 2);
    const mask = this.keys.length - 1;
    let slot = hash(child) & mask;
    while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.keys[slot] = child;
    this.size++;
    return slot;
  }

  /** Set the record in `slot`; a record of 0 (no status, no dead entries) is removed. */
  private store(slot: number, record: number): void {
    if (record === 0) this.remove(slot);
    else this.records[slot] = record;
  }

  /** Empty `slot`, moving back the entries after it that would otherwise no longer be found. */
  private remove(slot: number): void {
    const { keys, records } = this;
    const mask = keys.length - 1;
    let hole = slot;
    for (let next = (hole + 1) & mask; keys[next] !== EMPTY; next = (next + 1) & mask) {
      const home = hash(keys[next]!) & mask;
      // The entry at `next` may fill the hole unless its home lies (cyclically) after the hole.
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        keys[hole] = keys[next]!;
        records[hole] = records[next]!;
        hole = next;
      }
    }
    keys[hole] = EMPTY;
    records[hole] = 0;
    this.size--;
  }

  private rehash(slots: number): void {
    const { keys, records } = this;
    this.keys = new Int32Array(slots).fill(EMPTY);
    this.records = new Uint16Array(slots);
    const mask = slots - 1;
    for (let i = 0; i < keys.length; i++) {
      const child = keys[i]!;
      if (child === EMPTY) continue;
      let slot = hash(child) & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = child;
      this.records[slot] = records[i]!;
    }
  }
}

/**
 * Spreads ids over the table's slots, consecutive ones or a partition's share of them: a mix
 * unlike `localAreaOf`'s, so the ids of one group do not all land on some of the slots.
 */
function hash(child: number): number {
  let h = Math.imul(child, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
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

  /** Whether `child` waits for a slot. */
  waits(child: number): boolean {
    return this.members.of(child) === WAITING;
  }

  /**
   * Join the queue at `now`; returns true when a slot was free and the child holds it at once.
   * `heldBeforeStart`: a child the run starts in the service (a pupil in a special school, an
   * assessment under way) takes its slot back, not a new one: no wait of none is counted, or the
   * first year's mean waits would fall with every holder at the start.
   */
  join(child: number, now: number, heldBeforeStart = false): boolean {
    if (this.members.of(child) !== NONE) return false;
    if (this.inUse < this.slots && this.waitingCount === 0) {
      this.members.set(child, HOLDING);
      this.inUse++;
      if (!heldBeforeStart) this.recordWait(0);
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
    this.members.set(child, NONE);
    if (s === WAITING) {
      // Its entry is still queued: mark one more of this child's entries dead.
      if (this.members.dead(child) === MAX_DEAD)
        throw new Error(`Service '${this.name}': child ${child} left its queue too often`);
      this.members.addDead(child, 1);
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
      if (members.dead(next) > 0) {
        members.addDead(next, -1);
        continue;
      }
      members.set(next, HOLDING);
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
