/**
 * The future event list: every scheduled event of a run, in (time, priority, insertion) order.
 *
 * Determinism rule (as in SimPy): two events at the same time run in priority order, and
 * events of equal time and priority run in the order they were scheduled. Insertion order is
 * a counter, never an object identity or a wall-clock read, so a run is reproducible.
 *
 * Layout, for a national run's tens of millions of events (no object per event anywhere):
 * - A calendar of buckets. An event for a later day of the current block of 32 days is
 *   appended to its day's bucket, and an event for a later block to that block's bucket: a
 *   chain of fixed-size chunks of 16-byte entries (time, child, packed fields), so a day's
 *   events lie together in memory and an event is one cache line. A bucket is kept in the
 *   order its events were scheduled, so an entry's place in its day's bucket stands for its
 *   insertion order and need not be stored. When
 *   the clock enters a block, its bucket is dealt out to its days' buckets. Two levels keep
 *   the partly filled chunks few: with a bucket per day for the whole run, a small run (a
 *   few thousand children spread over years of days) held a chunk per day with an event,
 *   nearly empty, and its calendar outweighed its children.
 * - When the clock reaches a day, its bucket is copied into a binary heap for that day (and
 *   its chunks are reused), each entry ordered by its place in the bucket; the heap also takes
 *   events scheduled for the same day while it runs, ordered by a count of every event
 *   scheduled, which is past every place in the bucket.
 *   Sifting touches a few thousand entries that stay in cache, and loading a day reads memory
 *   in order rather than chasing a pointer per event.
 * - Events at or after the horizon are never stored: they could not run.
 * - The list does not cancel: an event carries its timer's generation, and whoever takes it
 *   compares that with the timer's generation now (child-table.ts), so cancelling a timer
 *   touches nothing here.
 *
 * One data structure in one file, a little over 400 lines: the buckets, the day's heap and
 * the packed fields share their arrays, and each part's invariants are the others'.
 */

/** Priority and insertion order packed in one exactly representable number (priority 0 or 1, order < 2^32). */
const ORDER_SPAN = 2 ** 32;

// Packed fields: event type (6 bits), timer + 1 (5; 0 = not a timer), payload (8), priority (1), timer generation (12).
const TYPE_MASK = 0x3f;
const TIMER_SHIFT = 6;
const TIMER_MASK = 0x1f;
const PAYLOAD_SHIFT = 11;
const PAYLOAD_MASK = 0xff;
const PRIORITY_SHIFT = 19;
const GENERATION_SHIFT = 20;

/** Largest event type, timer, payload, priority and timer generation an event can carry. */
export const MAX_EVENT_TYPE = TYPE_MASK;
export const MAX_TIMER = TIMER_MASK - 1;
export const MAX_PAYLOAD = PAYLOAD_MASK;
export const MAX_PRIORITY = 1;
export const MAX_GENERATION = 0xfff;

/**
 * Events per bucket chunk: eight (two cache lines). Every bucket's last chunk is partly empty
 * and a run has a bucket for each block of its years, so smaller chunks waste less; a small
 * run's store is mostly such chunks.
 */
const CHUNK = 8;
/** Bytes per chunk: its entries, its link and its fill count. */
const CHUNK_BYTES = CHUNK * 16 + 5;
/** Days per block: 2^BLOCK_SHIFT. */
const BLOCK_SHIFT = 5;
/** A day's place in the day buckets, which hold only the current block's days. */
const DAY_MASK = (1 << BLOCK_SHIFT) - 1;
/** Entries the day's heap has room for at first; it doubles as a busy day needs (a 1% run's days hold a few dozen events per partition). */
const HEAP_START = 64;
/**
 * How much the chunk store grows by when it runs out: by an eighth, so that what it holds at
 * its peak is at most about an eighth more than the peak's events need (a run keeps its store
 * at that size to its end). Copying the store an extra few times costs little.
 */
const CHUNK_GROWTH = 1.125;
const NONE = -1;

export class FutureEvents {
  /** Events taken from the list. */
  taken = 0;

  // Chunks of future days' events: CHUNK entries of 16 bytes each (time, then child and packed
  // fields as 32-bit words), so writing an event touches one cache line.
  private f64 = new Float64Array(0);
  private u32 = new Uint32Array(0);
  private i32 = new Int32Array(0);
  private chunkNext = new Int32Array(0);
  private chunkFill = new Uint8Array(0);
  private freeChunk = NONE;

  /**
   * First and last chunk of each day's bucket of the current block (day `d` at `d & DAY_MASK`),
   * or NONE: only the current block's days have buckets of their own.
   */
  private readonly dayHead = new Int32Array(DAY_MASK + 1).fill(NONE);
  private readonly dayTail = new Int32Array(DAY_MASK + 1).fill(NONE);
  /** The last day before the horizon. */
  private readonly lastDay: number;
  /** First and last chunk of each block's bucket, or NONE. */
  private readonly blockHead: Int32Array;
  private readonly blockTail: Int32Array;
  /** The day whose events are in the heap (−1 before the first). */
  private day = -1;
  /** The block last dealt out to its days' buckets (−1 before the first). */
  private block = -1;
  private stored = 0;

  // The current day's heap, keyed by (time, order).
  private heapTime = new Float64Array(HEAP_START);
  private heapOrder = new Float64Array(HEAP_START);
  private heapChild = new Int32Array(HEAP_START);
  private heapFields = new Uint32Array(HEAP_START);
  private heapSize = 0;

  // The event taken last.
  private takenTime = 0;
  private takenChild = 0;
  private takenFields = 0;

  private counter = 0;
  /** What `readAhead` read, added up (kept so the reads are not optimised away). */
  private readSum = 0;
  private readonly horizon: number;

  /** A list for events in [0, horizon); events at or after `horizon` are dropped. Room for about `capacity` at first. */
  constructor(horizon: number, capacity = 1024) {
    this.horizon = horizon;
    const days = Math.ceil(horizon) + 1;
    this.lastDay = days - 1;
    const blocks = (days >> BLOCK_SHIFT) + 1;
    this.blockHead = new Int32Array(blocks).fill(NONE);
    this.blockTail = new Int32Array(blocks).fill(NONE);
    this.growChunks(Math.max(4, Math.ceil(capacity / CHUNK)));
  }

  /** Events pending (stale ones not yet reached included). */
  get pending(): number {
    return this.stored + this.heapSize;
  }

  /** Bytes held by the buckets and the heap. */
  get bytes(): number {
    return (
      this.chunkNext.length * CHUNK_BYTES +
      (this.dayHead.byteLength + this.blockHead.byteLength) * 2 +
      this.heapTime.length * 24
    );
  }

  /**
   * Schedule an event of `type` for `child` (−1 for none) at `time`, with its `timer` (−1 for
   * none) at `generation`, and a small `payload`.
   */
  push(
    time: number,
    priority: number,
    child: number,
    type: number,
    timer: number,
    payload: number,
    generation = 0,
  ): void {
    // Insertion order as a 32-bit count (a partition schedules far fewer than 2^32 events in a
    // run), used only by events that go straight into the heap: it is past the place in its
    // bucket of every event scheduled before.
    const seq = this.counter >>> 0;
    this.counter = (this.counter + 1) | 0;
    if (!(time < this.horizon)) return;
    if (time < this.takenTime)
      throw new Error(
        `Time ran backwards: event at day ${time} scheduled after one at day ${this.takenTime}`,
      );
    const day = Math.floor(time);
    const fields =
      (type |
        ((timer + 1) << TIMER_SHIFT) |
        (payload << PAYLOAD_SHIFT) |
        (priority << PRIORITY_SHIFT) |
        (generation << GENERATION_SHIFT)) >>>
      0;
    // The heap holds every pending event up to the day loaded last (a peek may have loaded a day ahead).
    if (day <= this.day) {
      this.heapPush(time, priority * ORDER_SPAN + seq, child, fields);
      return;
    }
    const block = day >> BLOCK_SHIFT;
    // A later day of the current block (the day loaded last is in it): its own bucket.
    if (block <= this.block) this.append(this.dayHead, this.dayTail, day & DAY_MASK, time, child, fields);
    else this.append(this.blockHead, this.blockTail, block, time, child, fields);
    this.stored++;
  }

  /** Append an entry to bucket `bucket` of a calendar (`heads`, `tails`). */
  private append(
    heads: Int32Array,
    tails: Int32Array,
    bucket: number,
    time: number,
    child: number,
    fields: number,
  ): void {
    let chunk = tails[bucket]!;
    if (chunk === NONE || this.chunkFill[chunk] === CHUNK) {
      const fresh = this.allocateChunk();
      if (chunk === NONE) heads[bucket] = fresh;
      else this.chunkNext[chunk] = fresh;
      tails[bucket] = fresh;
      chunk = fresh;
    }
    const at = chunk * CHUNK + this.chunkFill[chunk]!++;
    this.f64[at * 2] = time;
    this.i32[at * 4 + 2] = child;
    this.u32[at * 4 + 3] = fields;
  }

  /** Deal block `block`'s bucket out to its days' buckets, keeping the entries in order. */
  private dealOut(block: number): void {
    this.block = block;
    this.readAhead(this.blockHead[block]!);
    for (let chunk = this.blockHead[block]!; chunk !== NONE; ) {
      const fill = this.chunkFill[chunk]!;
      for (let at = chunk * CHUNK, end = at + fill; at < end; at++) {
        const time = this.f64[at * 2]!;
        this.append(
          this.dayHead,
          this.dayTail,
          Math.floor(time) & DAY_MASK,
          time,
          this.i32[at * 4 + 2]!,
          this.u32[at * 4 + 3]!,
        );
      }
      const next = this.chunkNext[chunk]!;
      this.releaseChunk(chunk);
      chunk = next;
    }
    this.blockHead[block] = NONE;
    this.blockTail[block] = NONE;
  }

  /** The day whose events are in the heap (−1 before the first is loaded). */
  get loadedDay(): number {
    return this.day;
  }

  /** The children of the events in the heap: `dayChildren[0, daySize)` (−1 or below for none). */
  get dayChildren(): Int32Array {
    return this.heapChild;
  }
  get daySize(): number {
    return this.heapSize;
  }

  /** Time of the next event, or `Infinity` when none is left. */
  peekTime(): number {
    if (this.heapSize === 0 && !this.nextDay()) return Number.POSITIVE_INFINITY;
    return this.heapTime[0]!;
  }

  /** Take the next event (call `peekTime` first: it must be finite); read it with `type`, `childOf` … */
  pop(): void {
    this.taken++;
    this.takenTime = this.heapTime[0]!;
    this.takenChild = this.heapChild[0]!;
    this.takenFields = this.heapFields[0]!;
    const n = --this.heapSize;
    if (n > 0) {
      this.heapTime[0] = this.heapTime[n]!;
      this.heapOrder[0] = this.heapOrder[n]!;
      this.heapChild[0] = this.heapChild[n]!;
      this.heapFields[0] = this.heapFields[n]!;
      this.siftDown(0);
    }
  }

  /** The taken event's time, child (−1 for none), type, timer (−1 for none), payload and timer generation. */
  timeOf(): number {
    return this.takenTime;
  }
  childOf(): number {
    return this.takenChild;
  }
  type(): number {
    return this.takenFields & TYPE_MASK;
  }
  timer(): number {
    return ((this.takenFields >>> TIMER_SHIFT) & TIMER_MASK) - 1;
  }
  payload(): number {
    return (this.takenFields >>> PAYLOAD_SHIFT) & PAYLOAD_MASK;
  }
  generation(): number {
    return this.takenFields >>> GENERATION_SHIFT;
  }

  /** Load the next non-empty day into the heap; false when there is none before the horizon. */
  private nextDay(): boolean {
    const last = this.lastDay;
    let day = this.day + 1;
    for (; day <= last; day++) {
      if (day >> BLOCK_SHIFT > this.block) {
        // Skip blocks with nothing in them, then deal out the first that has something.
        let block = day >> BLOCK_SHIFT;
        while (block < this.blockHead.length && this.blockHead[block] === NONE) block++;
        if (block === this.blockHead.length) return false;
        if (block > day >> BLOCK_SHIFT) day = block << BLOCK_SHIFT;
        this.dealOut(block);
      }
      if (this.dayHead[day & DAY_MASK] !== NONE) break;
    }
    if (day > last) return false;
    this.day = day;
    // The heap is empty here, so its entries' places count from 0.
    let place = 0;
    const bucket = day & DAY_MASK;
    this.readAhead(this.dayHead[bucket]!);
    for (let chunk = this.dayHead[bucket]!; chunk !== NONE; ) {
      const fill = this.chunkFill[chunk]!;
      const base = chunk * CHUNK;
      if (this.heapSize + fill > this.heapTime.length) this.growHeap(this.heapSize + fill);
      for (let k = 0; k < fill; k++) {
        const at = base + k;
        const i = this.heapSize++;
        const fields = this.u32[at * 4 + 3]!;
        this.heapTime[i] = this.f64[at * 2]!;
        this.heapFields[i] = fields;
        this.heapOrder[i] = ((fields >>> PRIORITY_SHIFT) & 1) * ORDER_SPAN + place++;
        this.heapChild[i] = this.i32[at * 4 + 2]!;
      }
      this.stored -= fill;
      const next = this.chunkNext[chunk]!;
      this.releaseChunk(chunk);
      chunk = next;
    }
    this.dayHead[bucket] = NONE;
    this.dayTail[bucket] = NONE;
    // Floyd's heap construction: O(n) for the whole day.
    for (let i = (this.heapSize >> 1) - 1; i >= 0; i--) this.siftDown(i);
    return true;
  }

  /**
   * Read the first and last entry of every chunk of the chain from `chunk` before the chain is
   * copied: the chunks lie anywhere in the store (a national run's store is far larger than the
   * cache), and the copy finds each from the one before, so without this it waits on memory
   * once a chunk; these reads do not depend on each other, and the processor makes them side by
   * side. The chain itself (`chunkNext`, 4 bytes a chunk) is small enough to stay in cache.
   */
  private readAhead(chunk: number): void {
    const { f64, chunkNext } = this;
    let sum = 0;
    for (; chunk !== NONE; chunk = chunkNext[chunk]!)
      sum += f64[chunk * CHUNK * 2]! + f64[(chunk + 1) * CHUNK * 2 - 2]!;
    this.readSum += sum;
  }

  private heapPush(time: number, order: number, child: number, fields: number): void {
    if (this.heapSize === this.heapTime.length) this.growHeap(this.heapSize + 1);
    const { heapTime, heapOrder, heapChild, heapFields } = this;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent]!;
      if (pt < time || (pt === time && heapOrder[parent]! <= order)) break;
      heapTime[i] = pt;
      heapOrder[i] = heapOrder[parent]!;
      heapChild[i] = heapChild[parent]!;
      heapFields[i] = heapFields[parent]!;
      i = parent;
    }
    heapTime[i] = time;
    heapOrder[i] = order;
    heapChild[i] = child;
    heapFields[i] = fields;
  }

  private siftDown(from: number): void {
    const { heapTime, heapOrder, heapChild, heapFields } = this;
    const n = this.heapSize;
    const time = heapTime[from]!;
    const order = heapOrder[from]!;
    const child0 = heapChild[from]!;
    const fields = heapFields[from]!;
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
      heapTime[i] = ct;
      heapOrder[i] = heapOrder[child]!;
      heapChild[i] = heapChild[child]!;
      heapFields[i] = heapFields[child]!;
      i = child;
    }
    heapTime[i] = time;
    heapOrder[i] = order;
    heapChild[i] = child0;
    heapFields[i] = fields;
  }

  private allocateChunk(): number {
    if (this.freeChunk === NONE) this.growChunks(Math.ceil(this.chunkNext.length * CHUNK_GROWTH));
    const chunk = this.freeChunk;
    this.freeChunk = this.chunkNext[chunk]!;
    this.chunkNext[chunk] = NONE;
    this.chunkFill[chunk] = 0;
    return chunk;
  }

  private releaseChunk(chunk: number): void {
    this.chunkNext[chunk] = this.freeChunk;
    this.freeChunk = chunk;
  }

  private growChunks(count: number): void {
    const old = this.chunkNext.length;
    const grow = <T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
      n: number,
    ): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    const buffer = new ArrayBuffer(count * CHUNK * 16);
    const u32 = new Uint32Array(buffer);
    u32.set(this.u32);
    this.f64 = new Float64Array(buffer);
    this.u32 = u32;
    this.i32 = new Int32Array(buffer);
    this.chunkNext = grow(this.chunkNext, (n) => new Int32Array(n), count);
    this.chunkFill = grow(this.chunkFill, (n) => new Uint8Array(n), count);
    // Chain the new chunks onto the free list, lowest first.
    for (let c = count - 1; c >= old; c--) {
      this.chunkNext[c] = this.freeChunk;
      this.freeChunk = c;
    }
  }

  private growHeap(needed: number): void {
    let n = this.heapTime.length;
    while (n < needed) n *= 2;
    const grow = <T extends Float64Array | Uint32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.heapTime = grow(this.heapTime, (k) => new Float64Array(k));
    this.heapOrder = grow(this.heapOrder, (k) => new Float64Array(k));
    this.heapChild = grow(this.heapChild, (k) => new Int32Array(k));
    this.heapFields = grow(this.heapFields, (k) => new Uint32Array(k));
  }
}
