/**
 * The future event list: a binary min-heap ordered by (time, priority, insertion order).
 *
 * Determinism rule (as in SimPy): two events at the same time run in priority order, and
 * events of equal time and priority run in the order they were scheduled. Insertion order
 * is a counter, never an object identity or a wall-clock read, so a run is reproducible.
 */

/** Anything the queue can hold: it only reads these three fields. */
export interface Scheduled {
  readonly time: number;
  readonly priority: number;
  /** Set by the queue on insertion. */
  seq: number;
}

export class EventQueue<T extends Scheduled> {
  private readonly heap: T[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Add `item`; it will come out after everything earlier in (time, priority, insertion) order. */
  push(item: T): void {
    item.seq = this.counter++;
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  }

  /** The next item without removing it. */
  peek(): T | undefined {
    return this.heap[0];
  }

  /** Remove and return the next item. */
  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

function before(a: Scheduled, b: Scheduled): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}
