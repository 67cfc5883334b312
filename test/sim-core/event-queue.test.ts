import { EventQueue, type Scheduled } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface Item extends Scheduled {
  readonly label: number;
}

describe('EventQueue', () => {
  it('pops in (time, priority, insertion) order, even when items are pushed while popping', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('push' as const),
        dt: fc.integer({ min: 0, max: 5 }),
        priority: fc.integer({ min: 0, max: 2 }),
      }),
      fc.record({ kind: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const queue = new EventQueue<Item>();
        const model: Item[] = [];
        let now = 0;
        let label = 0;
        let lastPopped: Item | undefined;
        for (const o of ops) {
          if (o.kind === 'push') {
            // As in the engine, nothing is scheduled before the current time.
            const item: Item = { time: now + o.dt, priority: o.priority, label: label++ };
            queue.push(item);
            model.push(item);
          } else {
            const got = queue.pop();
            model.sort((a, b) => a.time - b.time || a.priority - b.priority || a.label - b.label);
            expect(got?.label).toBe(model.shift()?.label);
            if (got !== undefined) {
              if (lastPopped !== undefined) expect(got.time).toBeGreaterThanOrEqual(lastPopped.time);
              now = got.time;
              lastPopped = got;
            }
          }
          expect(queue.size).toBe(model.length);
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
