/**
 * The future event list: every scheduled event of a run, in (time, priority, insertion) order.
 *
 * Determinism rule (as in SimPy): two events at the same time run in priority order, and
 * events of equal time and priority run in the order they were scheduled. Insertion order is
 * a counter, never an object identity or a wall-clock read, so a run is reproducible.
 *
 * Layout, for a national run's tens of millions of events:
 * - Events live in a pool of 32-byte records in one typed array (no object per event, and an
 *   event's fields share a cache line), and a slot is reused once its event has run.
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

/** Priority and insertion order packed in one exactly representable number (priority < 4, order < 2^32). */
const ORDER_SPAN = 2 ** 32;

// `meta` bits: event type (6), timer + 1 (5; 0 = not a timer), payload (8), dead (1), priority (2).
const TYPE_MASK = 0x3f;
const TIMER_SHIFT = 6;
const TIMER_MASK = 0x1f;
const PAYLOAD_SHIFT = 11;
const PAYLOAD_MASK = 0xff;
const DEAD = 1 << 19;
const PRIORITY_SHIFT = 20;
const PRIORITY_MASK = 0x3;

// A record: 4 doubles' worth; as 32-bit words (×8 per slot): time (words 0–1), then these.
const WORDS = 8;
const SEQ = 2;
const CHILD = 3;
const META = 4;
/** Next event in the same day's bucket, or in the free list. */
const NEXT = 5;
const CHILD_PREV = 6;
const CHILD_NEXT = 7;

/** Largest event type, timer, payload and priority the pool can hold. */
export const MAX_EVENT_TYPE = TYPE_MASK;
export const MAX_TIMER = TIMER_MASK - 1;
export const MAX_PAYLOAD = PAYLOAD_MASK;
export const MAX_PRIORITY = PRIORITY_MASK;

const NONE = -1;

export class FutureEvents {
  /** Events popped that were still live, and dead ones skipped. */
  delivered = 0;
  skipped = 0;

  // The pool: one 32-byte record per pending event, seen as doubles (time) and 32-bit words.
  private f64 = new Float64Array(0);
  private i32 = new Int32Array(0);
  private u32 = new Uint32Array(0);
  private slots = 0;
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
      this.f64.byteLength + this.bucket.byteLength + this.heapSlot.length * 20 + this.childHead.byteLength
    );
  }

  /**
   * Schedule an event of `type` for `child` (−1 for none) at `time`. A timer (≥ 0) must be free:
   * replace one with `cancelTimer` first.
   */
  push(time: number, priority: number, child: number, type: number, timer: number, payload: number): void {
    const seq = this.counter++ % ORDER_SPAN;
    if (!(time < this.horizon)) return;
    const day = Math.floor(time);
    if (day < this.day)
      throw new Error(`Time ran backwards: event at day ${time} scheduled on day ${this.day}`);
    const slot = this.allocate();
    const w = slot * WORDS;
    this.f64[slot * 4] = time;
    this.u32[w + SEQ] = seq;
    this.i32[w + CHILD] = child;
    this.u32[w + META] =
      type | ((timer + 1) << TIMER_SHIFT) | (payload << PAYLOAD_SHIFT) | (priority << PRIORITY_SHIFT);
    if (child >= 0) this.link(slot, child);
    if (day === this.day) this.heapPush(slot);
    else {
      this.i32[w + NEXT] = this.bucket[day]!;
      this.bucket[day] = slot;
    }
  }

  /** Cancel `child`'s pending event of `timer`, if there is one. */
  cancelTimer(child: number, timer: number): void {
    if (child >= this.childHead.length) return;
    const tag = (timer + 1) << TIMER_SHIFT;
    const { i32, u32 } = this;
    for (let slot = this.childHead[child]!; slot !== NONE; slot = i32[slot * WORDS + CHILD_NEXT]!) {
      if ((u32[slot * WORDS + META]! & (TIMER_MASK << TIMER_SHIFT)) === tag) {
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
      if ((this.u32[top * WORDS + META]! & DEAD) === 0) return this.heapTime[0]!;
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
    const child = this.i32[slot * WORDS + CHILD]!;
    if (child >= 0) this.unlink(slot, child);
    this.delivered++;
    return slot;
  }

  timeOf(slot: number): number {
    return this.f64[slot * 4]!;
  }
  childOf(slot: number): number {
    return this.i32[slot * WORDS + CHILD]!;
  }
  type(slot: number): number {
    return this.u32[slot * WORDS + META]! & TYPE_MASK;
  }
  timer(slot: number): number {
    return ((this.u32[slot * WORDS + META]! >> TIMER_SHIFT) & TIMER_MASK) - 1;
  }
  payload(slot: number): number {
    return (this.u32[slot * WORDS + META]! >> PAYLOAD_SHIFT) & PAYLOAD_MASK;
  }

  /** Give a popped event's slot back to the pool. */
  release(slot: number): void {
    this.i32[slot * WORDS + NEXT] = this.free;
    this.free = slot;
    this.used--;
  }

  private kill(slot: number): void {
    const w = slot * WORDS;
    this.u32[w + META] = this.u32[w + META]! | DEAD;
    this.unlink(slot, this.i32[w + CHILD]!);
  }

  private link(slot: number, child: number): void {
    if (child >= this.childHead.length) {
      let n = Math.max(1024, this.childHead.length);
      while (n <= child) n = Math.ceil(n * 1.5);
      const heads = new Int32Array(n).fill(NONE);
      heads.set(this.childHead);
      this.childHead = heads;
    }
    const i32 = this.i32;
    const head = this.childHead[child]!;
    i32[slot * WORDS + CHILD_PREV] = NONE;
    i32[slot * WORDS + CHILD_NEXT] = head;
    if (head !== NONE) i32[head * WORDS + CHILD_PREV] = slot;
    this.childHead[child] = slot;
  }

  private unlink(slot: number, child: number): void {
    const i32 = this.i32;
    const prev = i32[slot * WORDS + CHILD_PREV]!;
    const next = i32[slot * WORDS + CHILD_NEXT]!;
    if (prev === NONE) this.childHead[child] = next;
    else i32[prev * WORDS + CHILD_NEXT] = next;
    if (next !== NONE) i32[next * WORDS + CHILD_PREV] = prev;
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
        const next = this.i32[slot * WORDS + NEXT]!;
        if ((this.u32[slot * WORDS + META]! & DEAD) !== 0) {
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
    this.heapTime[i] = this.f64[slot * 4]!;
    this.heapOrder[i] = this.orderOf(slot);
  }

  /** (priority, insertion order) as one number. */
  private orderOf(slot: number): number {
    const w = slot * WORDS;
    return ((this.u32[w + META]! >> PRIORITY_SHIFT) & PRIORITY_MASK) * ORDER_SPAN + this.u32[w + SEQ]!;
  }

  private heapPush(slot: number): void {
    if (this.heapSize === this.heapSlot.length) this.growHeap();
    const time = this.f64[slot * 4]!;
    const order = this.orderOf(slot);
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
    if (this.free === NONE) this.growPool(Math.ceil(this.slots * 1.5));
    const slot = this.free;
    this.free = this.i32[slot * WORDS + NEXT]!;
    this.used++;
    return slot;
  }

  private growPool(size: number): void {
    const old = this.slots;
    const buffer = new ArrayBuffer(size * WORDS * 4);
    const i32 = new Int32Array(buffer);
    i32.set(this.i32);
    this.f64 = new Float64Array(buffer);
    this.i32 = i32;
    this.u32 = new Uint32Array(buffer);
    this.slots = size;
    // Chain the new slots onto the free list, lowest first.
    for (let s = size - 1; s >= old; s--) {
      i32[s * WORDS + NEXT] = this.free;
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
