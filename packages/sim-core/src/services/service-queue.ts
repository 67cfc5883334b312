/**
 * A capacity-limited service with a first-come-first-served queue (educational
 * psychologists, early help, special school places, tribunal hearings). A child holds one
 * slot from admission until it leaves; waiting time is never an input, it emerges from
 * capacity and demand.
 *
 * Leaving while still queued is lazy (the entry is skipped when reached, and a child who
 * rejoins gets a new ticket so an old entry cannot jump the queue), so every operation is
 * O(1) amortised.
 */

const NONE = 0;
const WAITING = 1;
const HOLDING = 2;

export class ServiceQueue {
  readonly name: string;
  private slots: number;
  private inUse = 0;
  private readonly queue: number[] = [];
  /** The ticket each queue entry was issued; an entry is live only while it matches the child's ticket. */
  private readonly queueTickets: number[] = [];
  private readonly ticket: number[] = [];
  private head = 0;
  private waitingCount = 0;
  /** Per child: NONE, WAITING or HOLDING. */
  private readonly status: number[] = [];
  private readonly joinedAt: number[] = [];
  private readonly waits: number[] = [];

  constructor(name: string, capacity: number) {
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

  /** Slots in use now. */
  get holding(): number {
    return this.inUse;
  }

  /** Whether `child` waits for or holds a slot. */
  has(child: number): boolean {
    return (this.status[child] ?? NONE) !== NONE;
  }

  /** Join the queue at `now`; returns true when a slot was free and the child holds it at once. */
  join(child: number, now: number): boolean {
    if ((this.status[child] ?? NONE) !== NONE) return false;
    if (this.inUse < this.slots && this.waitingCount === 0) {
      this.status[child] = HOLDING;
      this.inUse++;
      this.waits.push(0);
      return true;
    }
    this.status[child] = WAITING;
    this.joinedAt[child] = now;
    const ticket = (this.ticket[child] ?? 0) + 1;
    this.ticket[child] = ticket;
    this.queue.push(child);
    this.queueTickets.push(ticket);
    this.waitingCount++;
    return false;
  }

  /**
   * `child` leaves the queue or gives up its slot. Children admitted to a freed slot are
   * passed to `admit` in queue order.
   */
  leave(child: number, now: number, admit: (child: number) => void): void {
    const s = this.status[child] ?? NONE;
    if (s === NONE) return;
    this.status[child] = NONE;
    if (s === WAITING) {
      this.waitingCount--;
      return;
    }
    this.inUse--;
    this.admitWaiting(now, admit);
  }

  /** How many admissions since the last `drainWaits` (their waits are kept until then). */
  get undrainedWaits(): number {
    return this.waits.length;
  }

  /** Waits (days) of everyone admitted since the last call, then forgets them. */
  drainWaits(): number[] {
    return this.waits.splice(0, this.waits.length);
  }

  private admitWaiting(now: number, admit: (child: number) => void): void {
    while (this.inUse < this.slots && this.waitingCount > 0) {
      const next = this.queue[this.head]!;
      const ticket = this.queueTickets[this.head]!;
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.queueTickets.splice(0, this.head);
        this.head = 0;
      }
      if (this.status[next] !== WAITING || this.ticket[next] !== ticket) continue;
      this.status[next] = HOLDING;
      this.waitingCount--;
      this.inUse++;
      this.waits.push(now - this.joinedAt[next]!);
      admit(next);
    }
  }
}
