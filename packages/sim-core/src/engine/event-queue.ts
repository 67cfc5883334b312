/**
 * The future event list: a binary min-heap ordered by (time, priority, insertion order).
 *
 * Determinism rule (as in SimPy): two events at the same time run in priority order, and
 * events of equal time and priority run in the order they were scheduled. Insertion order
 * is a counter, never an object identity or a wall-clock read, so a run is reproducible.
 *
 * The keys live in typed arrays beside the items, so sifting compares contiguous numbers
 * instead of chasing pointers to event objects scattered over the heap: the queue holds
 * hundreds of thousands of events in a national run, and this is where the loop waits on memory.
 */

/** Anything the queue can hold: it reads the time and the priority (a small whole number). */
export interface Scheduled {
  readonly time: number;
  readonly priority: number;
}

/** Priority and insertion order packed in one exactly representable number (priority < 2^20, order < 2^32). */
const ORDER_SPAN = 2 ** 32;

export class EventQueue<T extends Scheduled> {
  private items: T[] = [];
  private times = new Float64Array(1024);
  private orders = new Float64Array(1024);
  private length = 0;
  private counter = 0;

  get size(): number {
    return this.length;
  }

  /** Add `item`; it will come out after everything earlier in (time, priority, insertion) order. */
  push(item: T): void {
    if (this.length === this.times.length) this.grow();
    const time = item.time;
    const order = item.priority * ORDER_SPAN + (this.counter++ % ORDER_SPAN);
    const { items, times, orders } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && orders[parent]! <= order)) break;
      items[i] = items[parent]!;
      times[i] = pt;
      orders[i] = orders[parent]!;
      i = parent;
    }
    items[i] = item;
    times[i] = time;
    orders[i] = order;
  }

  /** The next item without removing it. */
  peek(): T | undefined {
    return this.length > 0 ? this.items[0] : undefined;
  }

  /** Remove and return the next item. */
  pop(): T | undefined {
    if (this.length === 0) return undefined;
    const { items, times, orders } = this;
    const top = items[0]!;
    const n = --this.length;
    const last = items.pop()!; // drop the reference: popped events must be collectable
    const lastTime = times[n]!;
    const lastOrder = orders[n]!;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (times[right]! < times[child]! || (times[right] === times[child] && orders[right]! < orders[child]!))
      ) {
        child = right;
      }
      const ct = times[child]!;
      if (ct > lastTime || (ct === lastTime && orders[child]! > lastOrder)) break;
      items[i] = items[child]!;
      times[i] = ct;
      orders[i] = orders[child]!;
      i = child;
    }
    items[i] = last;
    times[i] = lastTime;
    orders[i] = lastOrder;
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const orders = new Float64Array(this.orders.length * 2);
    orders.set(this.orders);
    this.orders = orders;
  }
}
