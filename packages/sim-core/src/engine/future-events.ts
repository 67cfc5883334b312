/**
 * The future event list: every scheduled event of a run, in (time, priority, insertion) order.
 *
 * Determinism rule (as in SimPy): two events at the same time run in priority order, and
 * events of equal time and priority run in the order they were scheduled. Insertion order is
 * a counter, never an object identity or a wall-clock read, so a run is reproducible.
 *
 * Layout, for a national run's tens of millions of events:
 * - Events live in a pool of typed-array columns (36 bytes an event, no object per event),
 *   and a slot is reused once its event has run.
 * - A calendar of day buckets: an event for a later day is prepended to its day's list
 *   (O(1)); when the clock reaches a day, that day's events are heaped into a small binary
 *   heap, which also takes events scheduled for the same day while it runs. Sifting then
 *   touches a few thousand entries that stay in cache, not millions.
 * - Each child's pending events are linked in a list, so a timer is replaced or cancelled by
 *   removing its event at once (no stale events left to pop), and a retired child's events
 *   are all cancelled together. A cancelled event stays in its bucket or heap, marked dead,
 *   and is skipped when reached.
 * - Events at or after the horizon are never stored: they could not run.
 */

/** Priority and insertion order packed in one exactly representable number (priority < 2^20, order < 2^32). */
const ORDER_SPAN = 2 ** 32;

// `meta` bits: event type (6), timer + 1 (5; 0 = not a timer), payload (8), dead (1).
const TYPE_MASK = 0x3f;
const TIMER_SHIFT = 6;
const TIMER_MASK = 0x1f;
const PAYLOAD_SHIFT = 11;
const PAYLOAD_MASK = 0xff;
const DEAD = 1 << 19;

/** Largest event type, timer and payload the pool can hold. */
export const MAX_EVENT_TYPE = TYPE_MASK;
export const MAX_TIMER = TIMER_MASK - 1;
export const MAX_PAYLOAD = PAYLOAD_MASK;

const NONE = -1;

export class FutureEvents {
  /** Events popped that were still live, and dead ones skipped. */
  delivered = 0;
  skipped = 0;

  // The pool: one slot per pending event.
  private time = new Float64Array(0);
  private order = new Float64Array(0);
  private child = new Int32Array(0);
  private meta = new Uint32Array(0);
  /** Next event in the same day's bucket, or in the free list. */
  private next = new Int32Array(0);
  private childPrev = new Int32Array(0);
  private childNext = new Int32Array(0);
  private free = NONE;
  private used = 0;

  /** First pending event of each child (its list), or NONE. */
  private childHead = new Int32Array(0);
  /** First event of each day's bucket, or NONE. */
  private readonly bucket: Int32Array;
  /** The day whose events are in the heap (−1 before the first). */
  private day = -1;

  // The current day's heap, keyed by (time, order).
  private heapSlot = new Int32Array(1024);
  private heapTime = new Float64Array(1024);
  private heapOrder = new Float64Array(1024);
  private heapSize = 0;

  private counter = 0;
  private readonly horizon: number;

  /** A list for events in [0, horizon); events at or after `horizon` are dropped. */
  constructor(horizon: number, capacity = 1024) {
    this.horizon = horizon;
    this.bucket = new Int32Array(Math.ceil(horizon) + 1).fill(NONE);
    this.growPool(capacity);
  }

  /** Slots in use (events pending, dead ones not yet reached included). */
  get pending(): number {
    return this.used;
  }

  /** Bytes held by the pool, the buckets, the heap and the child lists. */
  get bytes(): number {
    return (
      this.time.length * 36 + this.bucket.byteLength + this.heapSlot.length * 20 + this.childHead.byteLength
    );
  }

  /**
   * Schedule an event of `type` for `child` (−1 for none) at `time`. A timer (≥ 0) must be free:
   * replace one with `cancelTimer` first.
   */
  push(time: number, priority: number, child: number, type: number, timer: number, payload: number): void {
    const order = priority * ORDER_SPAN + (this.counter++ % ORDER_SPAN);
    if (!(time < this.horizon)) return;
    const day = Math.floor(time);
    if (day < this.day)
      throw new Error(`Time ran backwards: event at day ${time} scheduled on day ${this.day}`);
    const slot = this.allocate();
    this.time[slot] = time;
    this.order[slot] = order;
    this.child[slot] = child;
    this.meta[slot] = type | ((timer + 1) << TIMER_SHIFT) | (payload << PAYLOAD_SHIFT);
    if (child >= 0) this.link(slot, child);
    if (day === this.day) this.heapPush(slot);
    else {
      this.next[slot] = this.bucket[day]!;
      this.bucket[day] = slot;
    }
  }

  /** Cancel `child`'s pending event of `timer`, if there is one. */
  cancelTimer(child: number, timer: number): void {
    if (child >= this.childHead.length) return;
    const tag = (timer + 1) << TIMER_SHIFT;
    for (let slot = this.childHead[child]!; slot !== NONE; slot = this.childNext[slot]!) {
      if ((this.meta[slot]! & (TIMER_MASK << TIMER_SHIFT)) === tag) {
        this.kill(slot);
        return;
      }
    }
  }

  /** Cancel every pending event of `child`. */
  cancelChild(child: number): void {
    if (child >= this.childHead.length) return;
    for (let slot = this.childHead[child]!; slot !== NONE; slot = this.childHead[child]!) this.kill(slot);
  }

  /** Time of the next live event, or `Infinity` when none is left. */
  peekTime(): number {
    for (;;) {
      if (this.heapSize === 0 && !this.nextDay()) return Number.POSITIVE_INFINITY;
      const top = this.heapSlot[0]!;
      if ((this.meta[top]! & DEAD) === 0) return this.heapTime[0]!;
      this.heapPop();
      this.release(top);
      this.skipped++;
    }
  }

  /**
   * Remove the next live event (call `peekTime` first: it must be finite). Its fields are read
   * with `type`, `timer`, `payload`, `childOf` and `timeOf` until `release(slot)`.
   */
  pop(): number {
    const slot = this.heapPop();
    const child = this.child[slot]!;
    if (child >= 0) this.unlink(slot, child);
    this.delivered++;
    return slot;
  }

  timeOf(slot: number): number {
    return this.time[slot]!;
  }
  childOf(slot: number): number {
    return this.child[slot]!;
  }
  type(slot: number): number {
    return this.meta[slot]! & TYPE_MASK;
  }
  timer(slot: number): number {
    return ((this.meta[slot]! >> TIMER_SHIFT) & TIMER_MASK) - 1;
  }
  payload(slot: number): number {
    return (this.meta[slot]! >> PAYLOAD_SHIFT) & PAYLOAD_MASK;
  }

  /** Give a popped event's slot back to the pool. */
  release(slot: number): void {
    this.next[slot] = this.free;
    this.free = slot;
    this.used--;
  }

  private kill(slot: number): void {
    this.meta[slot] = this.meta[slot]! | DEAD;
    this.unlink(slot, this.child[slot]!);
  }

  private link(slot: number, child: number): void {
    if (child >= this.childHead.length) {
      let n = Math.max(1024, this.childHead.length);
      while (n <= child) n = Math.ceil(n * 1.5);
      const heads = new Int32Array(n).fill(NONE);
      heads.set(this.childHead);
      this.childHead = heads;
    }
    const head = this.childHead[child]!;
    this.childPrev[slot] = NONE;
    this.childNext[slot] = head;
    if (head !== NONE) this.childPrev[head] = slot;
    this.childHead[child] = slot;
  }

  private unlink(slot: number, child: number): void {
    const prev = this.childPrev[slot]!;
    const next = this.childNext[slot]!;
    if (prev === NONE) this.childHead[child] = next;
    else this.childNext[prev] = next;
    if (next !== NONE) this.childPrev[next] = prev;
  }

  /** Load the next non-empty day into the heap; false when there is none before the horizon. */
  private nextDay(): boolean {
    const last = this.bucket.length - 1;
    while (this.heapSize === 0) {
      let day = this.day + 1;
      while (day <= last && this.bucket[day] === NONE) day++;
      if (day > last) return false;
      this.day = day;
      for (let slot = this.bucket[day]!; slot !== NONE; ) {
        const next = this.next[slot]!;
        if ((this.meta[slot]! & DEAD) !== 0) {
          this.release(slot);
          this.skipped++;
        } else this.heapAppend(slot);
        slot = next;
      }
      this.bucket[day] = NONE;
      // Floyd's heap construction: O(n) for the whole day.
      for (let i = (this.heapSize >> 1) - 1; i >= 0; i--) this.siftDown(i);
    }
    return true;
  }

  private heapAppend(slot: number): void {
    if (this.heapSize === this.heapSlot.length) this.growHeap();
    const i = this.heapSize++;
    this.heapSlot[i] = slot;
    this.heapTime[i] = this.time[slot]!;
    this.heapOrder[i] = this.order[slot]!;
  }

  private heapPush(slot: number): void {
    if (this.heapSize === this.heapSlot.length) this.growHeap();
    const time = this.time[slot]!;
    const order = this.order[slot]!;
    const { heapSlot, heapTime, heapOrder } = this;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent]!;
      if (pt < time || (pt === time && heapOrder[parent]! <= order)) break;
      heapSlot[i] = heapSlot[parent]!;
      heapTime[i] = pt;
      heapOrder[i] = heapOrder[parent]!;
      i = parent;
    }
    heapSlot[i] = slot;
    heapTime[i] = time;
    heapOrder[i] = order;
  }

  private heapPop(): number {
    const top = this.heapSlot[0]!;
    const n = --this.heapSize;
    if (n > 0) {
      this.heapSlot[0] = this.heapSlot[n]!;
      this.heapTime[0] = this.heapTime[n]!;
      this.heapOrder[0] = this.heapOrder[n]!;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(from: number): void {
    const { heapSlot, heapTime, heapOrder } = this;
    const n = this.heapSize;
    const slot = heapSlot[from]!;
    const time = heapTime[from]!;
    const order = heapOrder[from]!;
    let i = from;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (heapTime[right]! < heapTime[child]! ||
          (heapTime[right] === heapTime[child] && heapOrder[right]! < heapOrder[child]!))
      ) {
        child = right;
      }
      const ct = heapTime[child]!;
      if (ct > time || (ct === time && heapOrder[child]! > order)) break;
      heapSlot[i] = heapSlot[child]!;
      heapTime[i] = ct;
      heapOrder[i] = heapOrder[child]!;
      i = child;
    }
    heapSlot[i] = slot;
    heapTime[i] = time;
    heapOrder[i] = order;
  }

  private allocate(): number {
    if (this.free === NONE) this.growPool(Math.ceil(this.time.length * 1.5));
    const slot = this.free;
    this.free = this.next[slot]!;
    this.used++;
    return slot;
  }

  private growPool(size: number): void {
    const old = this.time.length;
    const grow = <T extends Float64Array | Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.time = grow(this.time, (n) => new Float64Array(n));
    this.order = grow(this.order, (n) => new Float64Array(n));
    this.child = grow(this.child, (n) => new Int32Array(n));
    this.meta = grow(this.meta, (n) => new Uint32Array(n));
    this.next = grow(this.next, (n) => new Int32Array(n));
    this.childPrev = grow(this.childPrev, (n) => new Int32Array(n));
    this.childNext = grow(this.childNext, (n) => new Int32Array(n));
    // Chain the new slots onto the free list, lowest first.
    for (let s = size - 1; s >= old; s--) {
      this.next[s] = this.free;
      this.free = s;
    }
  }

  private growHeap(): void {
    const n = this.heapSlot.length * 2;
    const slot = new Int32Array(n);
    slot.set(this.heapSlot);
    this.heapSlot = slot;
    const time = new Float64Array(n);
    time.set(this.heapTime);
    this.heapTime = time;
    const order = new Float64Array(n);
    order.set(this.heapOrder);
    this.heapOrder = order;
  }
}
