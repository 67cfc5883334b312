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
        // Ties (many events at the same instant), fractions of a day and whole days, so events
        // land in today's heap and in later buckets and the tie-breaks are exercised.
        dt: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 5 }),
          fc.double({ min: 0, max: 3, noNaN: true }),
        ),
        priority: fc.integer({ min: 0, max: 2 }),
      }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const horizon = 40;
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
            const slot = events.pop();
            expect(events.childOf(slot)).toBe(expected.child);
            expect(events.timeOf(slot)).toBe(expected.time);
            events.release(slot);
            expect(expected.time).toBeGreaterThanOrEqual(now); // time never runs backwards
            now = expected.time;
          }
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('replaces and cancels timers, and cancels every event of a retired child, so none of them is popped', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('schedule' as const),
        dt: fc.double({ min: 0, max: 4, noNaN: true }),
        child: fc.nat(3),
        timer: fc.integer({ min: -1, max: 2 }),
      }),
      fc.record({ kind: fc.constant('cancel' as const), child: fc.nat(3), timer: fc.nat(2) }),
      fc.record({ kind: fc.constant('retire' as const), child: fc.nat(3) }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const events = new FutureEvents(100, 4);
        let model: Item[] = [];
        let now = 0;
        let label = 0;
        for (const o of ops) {
          if (o.kind === 'schedule') {
            // A timer holds one event: scheduling it again replaces the pending one, as the engine does.
            if (o.timer >= 0) {
              events.cancelTimer(o.child, o.timer);
              model = model.filter((e) => !(e.child === o.child && e.timer === o.timer));
            }
            const item = {
              time: now + o.dt,
              priority: 1,
              label: label++ % 256,
              child: o.child,
              timer: o.timer,
            };
            events.push(item.time, 1, o.child, 2, o.timer, item.label);
            model.push(item);
          } else if (o.kind === 'cancel') {
            events.cancelTimer(o.child, o.timer);
            model = model.filter((e) => !(e.child === o.child && e.timer === o.timer));
          } else if (o.kind === 'retire') {
            events.cancelChild(o.child);
            model = model.filter((e) => e.child !== o.child);
          } else {
            model.sort((a, b) => a.time - b.time || a.priority - b.priority);
            const expected = model.shift();
            const time = events.peekTime();
            if (expected === undefined) {
              expect(time).toBe(Number.POSITIVE_INFINITY);
              continue;
            }
            const slot = events.pop();
            expect([events.childOf(slot), events.timer(slot), events.payload(slot)]).toEqual([
              expected.child,
              expected.timer,
              expected.label,
            ]);
            events.release(slot);
            now = time;
          }
        }
        // Nothing cancelled is ever delivered: what is left pops out exactly as the model says.
        model.sort((a, b) => a.time - b.time);
        for (const expected of model) {
          expect(events.peekTime()).toBe(expected.time);
          const slot = events.pop();
          expect(events.childOf(slot)).toBe(expected.child);
          events.release(slot);
        }
        expect(events.peekTime()).toBe(Number.POSITIVE_INFINITY);
      }),
      { numRuns: 500, seed: 4 },
    );
  });

  it('never stores an event at or after its horizon', () => {
    const events = new FutureEvents(10);
    events.push(10, 0, 1, 1, -1, 0);
    events.push(9.99, 0, 2, 1, -1, 0);
    expect(events.pending).toBe(1);
    expect(events.peekTime()).toBe(9.99);
  });
});
