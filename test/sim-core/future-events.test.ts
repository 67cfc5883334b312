import { FutureEvents } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A reference model: live events, popped by (time, priority, insertion). */
interface Item {
  readonly time: number;
  readonly priority: number;
  readonly label: number;
  readonly child: number;
  readonly timer: number;
}

const byOrder = (a: Item, b: Item) => a.time - b.time || a.priority - b.priority || a.label - b.label;

describe('FutureEvents', () => {
  it('pops in (time, priority, insertion) order across days, even when events are pushed while popping', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('push' as const),
        // Ties (many events at the same instant), fractions of a day, whole days and months, so
        // events land in today's heap, in later days' and later blocks' buckets (blocks skipped
        // empty too), and the tie-breaks are exercised.
        dt: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 5 }),
          fc.double({ min: 0, max: 3, noNaN: true }),
          fc.double({ min: 0, max: 150, noNaN: true }),
        ),
        priority: fc.integer({ min: 0, max: 1 }),
      }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const horizon = 400;
        const events = new FutureEvents(horizon, 4);
        const model: Item[] = [];
        let now = 0;
        let label = 0;
        for (const o of ops) {
          if (o.kind === 'push') {
            // The label rides in the child field; nothing is scheduled before the current time.
            const item = { time: now + o.dt, priority: o.priority, label: label++, child: label, timer: -1 };
            events.push(item.time, item.priority, item.child, 1, -1, 0);
            if (item.time < horizon) model.push(item);
          } else {
            model.sort(byOrder);
            const expected = model.shift();
            const time = events.peekTime();
            if (expected === undefined) {
              expect(time).toBe(Number.POSITIVE_INFINITY);
              continue;
            }
            expect(time).toBe(expected.time);
            events.pop();
            expect(events.childOf()).toBe(expected.child);
            expect(events.timeOf()).toBe(expected.time);
            expect(expected.time).toBeGreaterThanOrEqual(now); // time never runs backwards
            now = expected.time;
          }
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('carries each event’s type, timer, generation and payload through its bucket', () => {
    const fields = fc.record({
      type: fc.nat(63),
      timer: fc.integer({ min: -1, max: 30 }),
      payload: fc.nat(255),
      generation: fc.nat(4095),
      priority: fc.nat(1),
    });
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 50 }), (events) => {
        const list = new FutureEvents(100, 4);
        for (const [i, e] of events.entries())
          list.push(i, e.priority, i, e.type, e.timer, e.payload, e.generation);
        for (const [i, e] of events.entries()) {
          expect(list.peekTime()).toBe(i);
          list.pop();
          expect([list.childOf(), list.type(), list.timer(), list.payload(), list.generation()]).toEqual([
            i,
            e.type,
            e.timer,
            e.payload,
            e.generation,
          ]);
        }
      }),
      { numRuns: 200, seed: 4 },
    );
  });

  it('never stores an event at or after its horizon', () => {
    const events = new FutureEvents(10);
    events.push(10, 0, 1, 1, -1, 0);
    events.push(9.99, 0, 2, 1, -1, 0);
    expect(events.pending).toBe(1);
    expect(events.peekTime()).toBe(9.99);
  });

  it('holds day buckets for one block of days, however far its horizon', () => {
    // A block bucket (4 bytes for its head and 4 for its tail) per 32 days; nothing per day.
    const near = new FutureEvents(320, 16).bytes;
    const far = new FutureEvents(320 * 50, 16).bytes;
    expect(far - near).toBeLessThanOrEqual((((320 * 50) >> 5) - (320 >> 5)) * 8);
  });
});
